// Archive's web page: search, facets, topic timeline and meeting view over the JSON API.
// State lives in the URL hash (#/soeg?q=..&page=..&sort=.., #/tidslinje?q=.., #/moede/ID/ITEM, #/sag/NUMBER), so links can be shared.
const main = document.getElementById('main');
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const outcomes = { noted: 'taget til efterretning', approved: 'godkendt', decided: 'besluttet', discussed: 'drøftet',
  referred: 'oversendt', postponed: 'udsat', rejected: 'afvist', none: 'intet referat' };
const facetNames = { cluster: 'Klynge', forum: 'Forum', year: 'År', outcome: 'Udfald' };
const facetFilters = { cluster: 'klynge', forum: 'forum', year: 'år', outcome: 'udfald' };

const esc = (text) => String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
// Snippets come from the API already escaped, with <mark> as the only markup; keep only that.
const snippet = (html) => esc(html).replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>').replace(/&amp;(amp|lt|gt|quot|#39);/g, '&$1;');
const date = (d, inferred) => d ? (inferred ? 'ca. ' : '') + new Date(d + 'T12:00:00').toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }) : 'uden dato';

function route() {
  const [path, query] = location.hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'moede') return meeting(parts[1], parts[2]);
  if (parts[0] === 'sag') return caseView(parts.slice(1).join('/'));
  const q = params.get('q') || '';
  input.value = q;
  if (!q) return welcome();
  if (parts[0] === 'tidslinje') return timeline(q);
  return search(q, Number(params.get('page') || 1), params.get('sort') || 'relevance');
}

async function api(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || 'Fejl');
  return body;
}

function welcome() {
  main.className = 'single';
  main.innerHTML = `<p>Søg i referaterne fra klyngestyregrupper, chefforum og andre mødefora. Prøv
    <a href="#/tidslinje?q=konfliktforebyggelse">konfliktforebyggelse som tidslinje</a> eller
    <a href="#/soeg?q=n%C3%A6rhospitaler">nærhospitaler</a>.</p>`;
}

async function search(q, page, sort) {
  main.className = '';
  main.innerHTML = '<p>Søger …</p>';
  let result;
  try { result = await api(`/api/search?q=${encodeURIComponent(q)}&page=${page}&pageSize=20&sort=${sort}`); }
  catch (e) { main.className = 'single'; main.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`; return; }
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const facets = Object.entries(result.facets).map(([name, counts]) => `
    <h2>${facetNames[name]}</h2><ul>${Object.entries(counts).map(([value, n]) => {
      const filter = `${facetFilters[name]}:${value.includes(' ') ? `"${value}"` : value}`;
      const active = q.includes(filter);
      return `<li><button type="button" aria-pressed="${active}" data-filter="${esc(filter)}">${esc(name === 'outcome' ? outcomes[value] ?? value : value)} (${n})</button></li>`;
    }).join('')}</ul>`).join('');
  const hits = result.hits.map(h => `
    <article class="hit">
      <h3><a href="#/moede/${encodeURIComponent(h.documentId)}/${encodeURIComponent(h.itemNumber)}">${esc(h.itemNumber)}. ${esc(h.itemTitle)}</a>
        <span class="badge">${esc(outcomes[h.outcome] ?? h.outcome)}</span></h3>
      <div class="meta">${esc(h.forum ?? '')} · ${esc(h.cluster ? 'Klynge ' + h.cluster : '')} · ${esc(date(h.date, h.dateInferred))}${caseLinks(h.caseNumbers)}</div>
      <p>${snippet(h.snippet)}</p>
    </article>`).join('');
  const qs = (p, s) => `#/soeg?q=${encodeURIComponent(q)}&page=${p}&sort=${s}`;
  main.innerHTML = `
    <aside aria-label="Filtre">${facets}</aside>
    <section aria-label="Resultater">
      <div class="toolbar">
        <strong>${result.total} dagsordenspunkter</strong>
        <a class="button secondary" href="${qs(1, sort === 'date' ? 'relevance' : 'date')}">Sortér efter ${sort === 'date' ? 'relevans' : 'dato'}</a>
        <a class="button secondary" href="#/tidslinje?q=${encodeURIComponent(q)}">Tidslinje</a>
        ${['csv', 'xlsx', 'json'].map(f => `<a class="button secondary" href="/api/export?q=${encodeURIComponent(q)}&format=${f}" download>Hent ${f.toUpperCase()}</a>`).join('')}
        <a class="button secondary" href="/api/feed?q=${encodeURIComponent(q)}">Følg (Atom)</a>
      </div>
      ${result.suggestedQuery ? `<p class="suggestion">Mente du <a href="#/soeg?q=${encodeURIComponent(result.suggestedQuery)}">${esc(result.suggestedQuery)}</a>?</p>` : ''}
      ${hits || `<p>Ingen punkter matcher <strong>${esc(q)}</strong>. Prøv færre ord, et kortere ord med <code>*</code>, eller fjern et filter.</p>`}
      ${pages > 1 ? `<nav class="toolbar" aria-label="Sider">
        ${page > 1 ? `<a class="button secondary" href="${qs(page - 1, sort)}">Forrige</a>` : ''}
        <span>Side ${page} af ${pages}</span>
        ${page < pages ? `<a class="button secondary" href="${qs(page + 1, sort)}">Næste</a>` : ''}</nav>` : ''}
    </section>`;
  main.querySelectorAll('button[data-filter]').forEach(b => b.addEventListener('click', () => {
    const filter = b.dataset.filter;
    const next = q.includes(filter) ? q.replace(filter, '').replace(/\s+/g, ' ').trim() : `${q} ${filter}`;
    location.hash = `#/soeg?q=${encodeURIComponent(next)}&sort=${sort}`;
  }));
}

async function timeline(q) {
  main.className = 'single';
  main.innerHTML = '<p>Henter tidslinje …</p>';
  let trace;
  try { trace = await api(`/api/trace?q=${encodeURIComponent(q)}`); }
  catch (e) { main.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`; return; }
  const years = Object.keys(trace.counts);
  const clusters = [...new Set(years.flatMap(y => Object.keys(trace.counts[y])))].sort();
  const colors = ['#0b5cad', '#2e7d32', '#b35c00', '#7b1fa2', '#555'];
  const max = Math.max(1, ...years.flatMap(y => Object.values(trace.counts[y])));
  const bar = 24, gap = 4, group = clusters.length * (bar + gap) + 24, height = 160;
  const bars = years.map((y, i) => clusters.map((c, j) => {
    const n = trace.counts[y][c] || 0, h = n / max * (height - 40);
    if (n === 0) return '';
    return `<rect x="${40 + i * group + j * (bar + gap)}" y="${height - 20 - h}" width="${bar}" height="${h}" fill="${colors[j % colors.length]}"><title>${esc(y)} ${esc(c)}: ${n}</title></rect>`;
  }).join('') + `<text x="${40 + i * group}" y="${height - 4}" font-size="12">${esc(y)}</text>`).join('');
  const legend = clusters.map((c, j) => `<span style="color:${colors[j % colors.length]}">■</span> ${esc(c)}`).join(' &nbsp; ');
  main.innerHTML = `
    <h2>Tidslinje: ${esc(q)}</h2>
    <div class="timeline"><svg role="img" aria-label="Antal punkter pr. år og klynge" viewBox="0 0 ${Math.max(300, 60 + years.length * group)} ${height}">${bars}</svg><p>${legend}</p></div>
    <p>${trace.total > trace.events.length ? `Viser de første ${trace.events.length} af ${trace.total} punkter. ` : ''}<a href="#/soeg?q=${encodeURIComponent(q)}">Vis som søgeresultat</a></p>
    ${trace.events.map(e => `
      <article class="event">
        <h3><a href="#/moede/${encodeURIComponent(e.documentId)}/${encodeURIComponent(e.itemNumber)}">${esc(date(e.date, e.dateInferred))} · ${esc(e.forum ?? '')} ${esc(e.cluster ?? '')}</a>
          <span class="badge">${esc(outcomes[e.outcome] ?? e.outcome)}</span></h3>
        <div class="meta">Punkt ${esc(e.itemNumber)}: ${esc(e.itemTitle)}${caseLinks(e.caseNumbers)}</div>
        <p><strong>Beslutning:</strong> ${esc(e.decision || 'Intet referat')}</p>
      </article>`).join('') || '<p>Ingen punkter i tidslinjen.</p>'}`;
  sharedCases(trace.events);
}

// Case numbers as links to the case's path ("Sagens forløb").
function caseLinks(numbers) {
  return (numbers ?? []).length ? ` · Sagsnr. ${numbers.map(n => `<a class="case-link" href="#/sag/${encodeURIComponent(n)}">${esc(n)}</a>`).join(', ')}` : '';
}

// Where several of a topic's items print the same case number, the timeline shows that case's whole path.
async function sharedCases(events) {
  const key = (n) => n.toUpperCase().replace(/\s+/g, '-');
  const counts = new Map();
  events.forEach(e => new Map((e.caseNumbers ?? []).map(n => [key(n), n])).forEach((printed, k) => counts.set(k, { printed, n: (counts.get(k)?.n ?? 0) + 1 })));
  const shared = [...counts.values()].filter(c => c.n > 1).slice(0, 3);
  for (const { printed: number } of shared) {
    let path;
    try { path = await api(`/api/cases/${encodeURIComponent(number)}`); } catch { continue; }
    const panel = document.createElement('section');
    panel.className = 'case-panel';
    panel.innerHTML = casePanel(path);
    main.querySelector('.timeline')?.after(panel);
  }
}

const bases = { number: 'trykt sagsnummer', history: 'nævnt i en tidligere behandling', similar: 'samme titel og indstilling',
  printedHistory: 'kendt fra en senere behandlings historik', item: 'punktet selv' };

// "Sagens forløb": the case's treatments in date order, each with forum, item, recommendation, decision and why it belongs.
function casePanel(path) {
  return `<h3>Sagens forløb${path.caseNumber ? ` – <a href="#/sag/${encodeURIComponent(path.caseNumber)}">sag ${esc(path.caseNumber)}</a>` : ''}</h3>
    <ol class="case-path">${path.steps.map(s => `
      <li><strong>${esc(date(s.date, s.dateInferred))} · ${esc(s.forum ?? 'ukendt forum')}</strong>
        <span class="badge">${esc(outcomes[s.outcome] ?? s.outcome ?? '')}</span><br>
        ${s.documentId
          ? `<a href="#/moede/${encodeURIComponent(s.documentId)}/${encodeURIComponent(s.itemNumber)}">Punkt ${esc(s.itemNumber)}: ${esc(s.title)}</a>`
          : `${s.itemNumber ? `Punkt ${esc(s.itemNumber)} ` : ''}(ikke i arkivet)`}
        ${s.recommendation ? `<p><strong>Indstilling:</strong> ${esc(s.recommendation)}</p>` : ''}
        <p><strong>Beslutning:</strong> ${esc(s.decision || 'Intet referat')}</p>
        <span class="meta">Sikkerhed ${esc(Math.round(s.confidence * 100))} % · ${esc(bases[s.basis] ?? s.basis)}</span></li>`).join('')}</ol>`;
}

async function caseView(number) {
  main.className = 'single';
  main.innerHTML = '<p>Henter sagen …</p>';
  let path;
  try { path = await api(`/api/cases/${encodeURIComponent(number)}`); }
  catch (e) { main.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`; return; }
  main.innerHTML = `<section class="case-panel">${casePanel(path)}</section>
    <p><a href="#/soeg?q=${encodeURIComponent('sag:' + number)}">Søg på sag:${esc(number)}</a></p>`;
}

// The item's sections with its earlier treatments (other forums' verdicts) placed just before the meeting's own decision.
function withHistory(i) {
  const history = i.history ?? [];
  if (!history.length) return i.sections;
  const at = i.sections.findIndex(s => s.kind === 'decision');
  const sections = [...i.sections];
  sections.splice(at < 0 ? sections.length : at, 0, { history });
  return sections;
}

async function meeting(id, item) {
  main.className = 'single';
  let d;
  try { d = await api(`/api/documents/${encodeURIComponent(id)}`); }
  catch (e) { main.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`; return; }
  const kinds = { background: 'Sagsfremstilling', recommendation: 'Indstilling', decision: 'Beslutning', attachments: 'Bilag', other: 'Andet' };
  main.innerHTML = `
    <h2>${esc(d.forum ?? 'Møde')} ${esc(d.cluster ? 'Klynge ' + d.cluster : '')} – ${esc(date(d.date, d.dateInferred))}</h2>
    <p class="meta">${d.dateInferred && d.dateEarliest ? `Datoen er skønnet ud fra teksten (mellem ${esc(date(d.dateEarliest))} og ${esc(date(d.dateLatest))}). ` : ''}
      ${d.caseNumber ? `Sagsnr. ${esc(d.caseNumber)} · ` : ''}<a href="/api/documents/${encodeURIComponent(d.id)}/source">Originalfil</a></p>
    ${d.organisation ? `<p><strong>Kommune/region:</strong> ${esc(d.organisation)}</p>` : ''}
    ${d.participants.length ? `<p><strong>Deltagere:</strong> ${d.participants.map(esc).join(', ')}</p>` : ''}
    <p><strong>Afbud:</strong> ${d.absent.length ? d.absent.map(esc).join(', ') : 'ingen'}</p>
    ${d.items.map(i => `
      <section id="punkt-${esc(i.number)}" tabindex="-1" class="hit">
        <h3>${esc(i.number)}. ${esc(i.title)} <span class="badge">${esc(outcomes[i.outcome] ?? i.outcome)}</span></h3>
        ${(i.caseNumbers ?? []).length ? `<p class="meta">${caseLinks(i.caseNumbers).slice(3)}</p>` : ''}
        ${i.ocr ? `<p class="meta ocr">Tekst fra scanning (OCR, sikkerhed ${esc(Math.round((i.ocrConfidence ?? 0) * 100))} %): kan indeholde læsefejl.</p>` : ''}
        ${withHistory(i).map(s => s.history
          ? `<div class="section history"><h4>Tidligere behandling</h4><ul>${s.history.map(h => `<li><strong>${esc(h.forum)}${h.date ? ', ' + esc(date(h.date)) : ''}${h.itemNumber ? ', pkt. ' + esc(h.itemNumber) : ''}:</strong> ${esc(h.text || 'Intet referat')}</li>`).join('')}</ul></div>`
          : `<div class="section ${s.kind === 'decision' ? 'decision' : ''}"><h4>${kinds[s.kind] ?? esc(s.kind)}</h4><p>${esc(s.text)}</p></div>`).join('')}
      </section>`).join('')}`;
  if (item) {
    document.getElementById(`punkt-${item}`)?.focus();
    casePanelFor(d.id, item);
    related(d.id, item);
  }
}

// "Sagens forløb" on the opened item, when it belongs to a case (by its number, a history link or a near-identical treatment).
async function casePanelFor(id, item) {
  let path;
  try { path = await api(`/api/documents/${encodeURIComponent(id)}/items/${encodeURIComponent(item)}/case`); }
  catch { return; }
  const section = document.getElementById(`punkt-${item}`);
  if (!section || path.steps.length < 2) return;
  const panel = document.createElement('div');
  panel.className = 'case-panel';
  panel.innerHTML = casePanel(path);
  section.append(panel);
}

// "Lignende punkter": items like the one opened, from other meetings and clusters.
async function related(id, item) {
  let hits;
  try { hits = await api(`/api/documents/${encodeURIComponent(id)}/items/${encodeURIComponent(item)}/related`); }
  catch { return; }
  const section = document.getElementById(`punkt-${item}`);
  if (!section || hits.length === 0) return;
  const list = document.createElement('div');
  list.className = 'related';
  list.innerHTML = `<h4>Lignende punkter</h4><ul>${hits.map(h => `
    <li><a href="#/moede/${encodeURIComponent(h.documentId)}/${encodeURIComponent(h.itemNumber)}">${esc(h.itemTitle)}</a>
      <span class="meta">${esc(h.forum ?? '')} ${esc(h.cluster ? 'Klynge ' + h.cluster : '')} · ${esc(date(h.date, h.dateInferred))}</span></li>`).join('')}</ul>`;
  section.append(list);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  location.hash = `#/soeg?q=${encodeURIComponent(input.value.trim())}`;
});
window.addEventListener('hashchange', route);
route();
