/** The form-level error (wrong password, taken email, rate limit), announced when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" aria-live="assertive" className="col-span-full empty:hidden">
      {message && (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">{message}</p>
      )}
    </div>
  );
}
