import { Type } from 'typebox'
import { EVENT_SOURCE, EVENT_TYPES } from './cloud-event.ts'

const CloudEventSchema = Type.Object(
  {
    specversion: Type.Literal('1.0'),
    id: Type.String({ format: 'uuid', description: 'Unique per event; a redelivery repeats it' }),
    source: Type.String({ examples: [EVENT_SOURCE] }),
    type: Type.Enum(EVENT_TYPES),
    time: Type.String({
      format: 'date-time',
      description: 'When the change was made (its transaction began)',
    }),
    subject: Type.String({ format: 'uuid', description: 'The application id' }),
    datacontenttype: Type.Literal('application/json'),
    data: Type.Object(
      {},
      {
        additionalProperties: true,
        description:
          'The application after the change (applicationId, externalReference, status, fromMunicipality, toMunicipality, receivedDate, plannedMoveDate, decision, moveDate, takeoverEffectiveDate, withdrawnDate, appeal) and `change`, what the change recorded. Never a CPR number, never free text.',
      },
    ),
  },
  { title: 'CloudEvent', additionalProperties: false, description: 'A CloudEvents 1.0 event (JSON format)' },
)

export const FeedQuery = Type.Object(
  {
    after: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'The `next` of the previous page; omit to start at the oldest event',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    type: Type.Optional(
      Type.String({
        maxLength: 1000,
        description: `Only these event types, comma-separated: ${EVENT_TYPES.join(', ')}`,
      }),
    ),
    wait: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 30,
        default: 0,
        description: 'Long poll: when there is no event yet, wait up to this many seconds for one',
      }),
    ),
  },
  { additionalProperties: false },
)

export const FeedPage = Type.Object(
  {
    data: Type.Array(CloudEventSchema),
    next: Type.Union([Type.String(), Type.Null()], {
      description:
        'Pass as `after` to continue. Never null once an event was returned; when there are no new events it is the cursor you sent.',
    }),
  },
  { title: 'EventFeedPage', additionalProperties: false },
)
