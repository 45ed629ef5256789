// A module (not a global script), so its names stay its own.
export {};
// Full-text search with Pagefind's own index, served from /pagefind/ on this site (built after
// Astro by scripts/build-site.ts). Our own small UI keeps the page light and CSP-clean.
type Result = { url: string; excerpt: string; meta: { title?: string } };
type Pagefind = {
  options: (o: { baseUrl: string }) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<Result> }[] }>;
};

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

if (form && status && list) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let pagefind: Promise<Pagefind> | null = null;
  // Result URLs must carry the site's base path when it is served from a sub-folder.
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: form.dataset.base ?? '/' });
      return pf;
    }));
  status.textContent = 'Type a word and press Search.';

  const run = async (query: string) => {
    list.replaceChildren();
    if (!query.trim()) return;
    status.textContent = 'Searching…';
    try {
      const found = await (await load()).search(query);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      status.textContent = `${found.results.length} ${found.results.length === 1 ? 'page' : 'pages'} found${found.results.length > 20 ? '; the first 20 are shown' : ''}.`;
      for (const r of data) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const h = document.createElement('h2');
        h.append(a);
        const p = document.createElement('p');
        // Pagefind's excerpt is our own page text with <mark> around the matches.
        p.innerHTML = r.excerpt;
        li.append(h, p);
        list.append(li);
      }
    } catch {
      status.textContent = 'The search index is not available (it is built with the site by npm run build).';
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value;
    history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
    void run(q);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
