export default function NotFound() {
  return (
    <div className="max-w-[40rem]">
      <h1 className="text-[1.75rem] leading-tight font-semibold">
        Page not found
        <span lang="zh-Hans" className="mt-1 block text-[1.5rem] font-semibold">
          找不到该页面
        </span>
      </h1>
      <p className="mt-4 text-[1.0625rem] leading-relaxed text-muted">
        There is no article at this address. <a href="/" className="text-accent underline underline-offset-4">See all articles</a>.
      </p>
    </div>
  );
}
