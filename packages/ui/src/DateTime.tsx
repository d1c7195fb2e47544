const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/** e.g. "Nov 25, 2026" */
export function formatDate(value: Date | string | number): string {
  return dateFormat.format(toDate(value));
}

/** e.g. "Nov 25, 2026, 3:04 PM" */
export function formatDateTime(value: Date | string | number): string {
  return dateTimeFormat.format(toDate(value));
}

export interface DateTimeProps {
  value: Date | string | number;
  withTime?: boolean;
}

export function DateTime({ value, withTime = false }: DateTimeProps) {
  const date = toDate(value);
  return <time dateTime={date.toISOString()}>{withTime ? formatDateTime(date) : formatDate(date)}</time>;
}
