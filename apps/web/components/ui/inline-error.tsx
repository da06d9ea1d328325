/** A refusal to show where it happened (an optimistic change put back, a failed action), announced. */
export function InlineError({ message, className = "" }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`text-sm font-medium text-red-700 ${className}`}>
      {message}
    </p>
  );
}
