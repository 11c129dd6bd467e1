// Replaced by the database-choosing global setup (foundation issue); pure law tests need nothing.
export default function setup(): void {}
