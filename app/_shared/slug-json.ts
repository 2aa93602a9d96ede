/**
 * A route handler that answers `/articles/[slug]/…` with the JSON `load` finds for the slug, or a
 * 404 of its own (never kept by the page cache) when there is none.
 */
export function slugJson<T>(load: (slug: string) => T | null | undefined) {
  return async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
    const data = load((await params).slug);
    return data == null ? new Response("Not found", { status: 404 }) : Response.json(data);
  };
}
