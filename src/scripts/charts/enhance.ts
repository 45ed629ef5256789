// Progressive enhancement for the build-time SVG charts: tooltips on hover and focus, arrow-key
// movement between marks (one tab stop per chart), a perpetrator filter and a measure switch.
// Everything it shows is already in the page (aria-labels, table): without it nothing is lost.

const MARKS = '.chart-mark, .actor-mark';

function tooltip(canvas: HTMLElement): { show(el: Element): void; hide(): void } {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true'); // the mark's own aria-label is what is read
  canvas.append(tip);
  return {
    show(el) {
      tip.textContent = el.getAttribute('data-tip');
      tip.hidden = false;
      const box = canvas.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const left = Math.min(Math.max(0, r.left - box.left + r.width / 2 - tip.offsetWidth / 2), box.width - tip.offsetWidth);
      tip.style.left = `${left}px`;
      tip.style.top = `${Math.max(0, r.top - box.top - tip.offsetHeight - 6)}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}

function enhanceSvg(svg: SVGSVGElement, canvas: HTMLElement): void {
  const marks = [...svg.querySelectorAll<SVGElement>(MARKS)];
  if (!marks.length) return;
  const tip = tooltip(canvas);
  marks.forEach((m, i) => {
    m.setAttribute('tabindex', i === 0 ? '0' : '-1');
    m.addEventListener('mouseenter', () => tip.show(m));
    m.addEventListener('mouseleave', () => tip.hide());
    m.addEventListener('focus', () => tip.show(m));
    m.addEventListener('blur', () => tip.hide());
  });
  svg.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return tip.hide();
    const live = marks.filter((m) => !m.classList.contains('is-dim'));
    const at = live.indexOf(e.target as SVGElement);
    if (at < 0) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -at, End: live.length - 1 - at };
    if (!(e.key in step)) return;
    e.preventDefault();
    const next = live[Math.min(Math.max(at + step[e.key]!, 0), live.length - 1)]!;
    marks.forEach((m) => m.setAttribute('tabindex', m === next ? '0' : '-1'));
    next.focus();
  });
}

function addFilter(fig: HTMLElement): void {
  const spec = fig.dataset.filter;
  if (!spec) return;
  const controls = document.createElement('div');
  controls.className = 'chart-controls';
  const label = document.createElement('label');
  label.textContent = 'Show perpetrator ';
  const select = document.createElement('select');
  select.add(new Option('All perpetrators', ''));
  for (const pair of spec.split('|')) {
    const [id, name] = pair.split(':');
    select.add(new Option(name, id));
  }
  select.addEventListener('change', () => {
    fig.querySelectorAll<Element>('[data-category]').forEach((el) => {
      el.classList.toggle('is-dim', select.value !== '' && el.getAttribute('data-category') !== select.value);
    });
  });
  label.append(select);
  controls.append(label);
  fig.querySelector('.chart-canvas')?.before(controls);
}

function addSwitch(group: HTMLElement): void {
  const figs = [...group.querySelectorAll<HTMLElement>(':scope > .chart')];
  if (figs.length < 2) return;
  const set = document.createElement('fieldset');
  set.className = 'chart-controls';
  set.innerHTML = '<legend>Measure</legend>';
  figs.forEach((fig, i) => {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = `measure-${group.id}`;
    radio.checked = i === 0;
    radio.addEventListener('change', () => figs.forEach((f) => (f.hidden = f !== fig)));
    label.append(radio, ` ${fig.dataset.switchLabel ?? fig.id}`);
    set.append(label);
    fig.hidden = i !== 0;
  });
  group.classList.add('is-switched');
  group.prepend(set);
}

document.querySelectorAll<HTMLElement>('.chart').forEach((fig) => {
  if (fig.dataset.enhanced) return;
  fig.dataset.enhanced = '1';
  const canvas = fig.querySelector<HTMLElement>('.chart-canvas');
  if (!canvas) return;
  canvas.querySelectorAll<SVGSVGElement>('svg.chart-svg').forEach((svg) => enhanceSvg(svg, canvas));
  addFilter(fig);
});
document.querySelectorAll<HTMLElement>('.chart-group').forEach(addSwitch);
