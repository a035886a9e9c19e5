// Khabar live view. Builds every node with createElement/textContent: article text is never parsed as HTML.
'use strict';

(function () {
  const POLL_MS = 2000;
  const FACET_TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION'];
  const TYPE_LABELS = { PERSON: 'شخص', LOCATION: 'مكان', ORGANIZATION: 'منظمة', MISC: 'أخرى' };

  const state = {
    seq: 0,
    window: 500,
    order: [],            // article ids, newest first
    articles: new Map(),  // id -> article
    filter: null          // {type, canonical} or null
  };

  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Arabic counting: 1 and 2 have their own forms, 3-10 take the plural, 11 and up the singular.
  function articlesLabel(n) {
    if (n === 1) return 'مقالة واحدة';
    if (n === 2) return 'مقالتان';
    if (n >= 3 && n <= 10) return n + ' مقالات';
    return n + ' مقالة';
  }

  function cardId(articleId) { return 'a-' + articleId; }
  function paragraphId(articleId, index) { return 'a-' + articleId + '-p' + index; }
  function isArabic(article) { return (article.language || '').toLowerCase().startsWith('ar'); }
  // the name across articles: the listed name (known_as), else the article's canonical name, else the text
  function entityName(entity) {
    if (entity.known_as && entity.known_as.trim()) return entity.known_as;
    return entity.canonical && entity.canonical.trim() ? entity.canonical : entity.text;
  }

  async function getJson(url) {
    const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    return response.json();
  }

  // ---- text with highlights -------------------------------------------------------------------------------

  function locate(text, mention) {
    const start = mention.start, end = mention.end;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
    if (valid && (!mention.text || text.slice(start, end) === mention.text)) return [start, end];
    if (mention.text) {
      const at = text.indexOf(mention.text);
      if (at >= 0) return [at, at + mention.text.length];
    }
    return null;
  }

  function spansFor(article, paragraph) {
    const text = paragraph.text || '';
    const spans = [];
    for (const entity of article.entities || []) {
      if (entity.paragraph !== paragraph.index) continue;
      const range = locate(text, entity);
      if (!range) continue;
      const type = String(entity.type || 'MISC').toLowerCase();
      spans.push({
        start: range[0], end: range[1], className: 'ent ent-' + type,
        title: (TYPE_LABELS[entity.type] || entity.type) + ': ' + entityName(entity),
        type: entity.type, canonical: entityName(entity)
      });
    }
    for (const date of article.dates || []) {
      if (date.paragraph !== paragraph.index) continue;
      const range = locate(text, date);
      if (!range) continue;
      spans.push({ start: range[0], end: range[1], className: 'date', title: 'تاريخ: ' + (date.value || date.text) });
    }
    // Entities win over dates at the same place; overlapping spans after the first are dropped.
    spans.sort((a, b) => a.start - b.start || (a.className === 'date') - (b.className === 'date'));
    const kept = [];
    let last = 0;
    for (const span of spans) {
      if (span.start >= last) { kept.push(span); last = span.end; }
    }
    return kept;
  }

  function highlightedText(node, article, paragraph) {
    const text = paragraph.text || '';
    let at = 0;
    for (const span of spansFor(article, paragraph)) {
      if (span.start > at) node.appendChild(document.createTextNode(text.slice(at, span.start)));
      const mark = el('mark', span.className, text.slice(span.start, span.end));
      mark.title = span.title;
      if (span.type) {
        mark.dataset.type = span.type;
        mark.dataset.canonical = span.canonical;
      }
      node.appendChild(mark);
      at = span.end;
    }
    if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)));
    return node;
  }

  // ---- article cards --------------------------------------------------------------------------------------

  function jumpTo(articleId, paragraphIndex) {
    const target = document.getElementById(paragraphId(articleId, paragraphIndex))
      || document.getElementById(cardId(articleId));
    if (!target) return false;
    const card = document.getElementById(cardId(articleId));
    if (card && card.hidden) setFilter(null);
    const details = target.closest('details');
    if (details) details.open = true;
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
    return true;
  }

  function repeatLink(ref, arabic) {
    const other = state.articles.get(ref.article_id);
    const label = other && other.title ? other.title : ref.article_id;
    const link = el('a', 'repeat-link', label);
    link.href = '#' + encodeURIComponent(cardId(ref.article_id));
    link.dir = 'auto';
    link.dataset.article = ref.article_id;
    link.dataset.paragraph = String(ref.paragraph);
    if (!other) link.title = arabic ? 'المقالة خارج النافذة الحالية' : 'not in the current window';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if (!jumpTo(ref.article_id, ref.paragraph)) link.classList.add('missing');
    });
    return link;
  }

  function similarityText(similarity) {
    return typeof similarity === 'number' ? similarity.toFixed(2) : '؟';
  }

  function backgroundParagraph(article, paragraph, arabic) {
    const details = el('details', 'background');
    details.id = paragraphId(article.id, paragraph.index);
    const summary = el('summary', 'background-summary');
    summary.appendChild(el('span', 'background-label', arabic ? 'خلفية مكررة — تكرار لـ ' : 'Repeated background — repeats '));
    summary.appendChild(repeatLink(paragraph.duplicate_of, arabic));
    summary.appendChild(el('span', 'similarity',
      (arabic ? ' (التشابه ' : ' (similarity ') + similarityText(paragraph.similarity) + ')'));
    details.appendChild(summary);
    const body = el('p', 'para para-background');
    body.dir = 'auto';
    details.appendChild(highlightedText(body, article, paragraph));
    return details;
  }

  function novelParagraph(article, paragraph) {
    const p = el('p', 'para');
    p.id = paragraphId(article.id, paragraph.index);
    p.dir = 'auto';
    return highlightedText(p, article, paragraph);
  }

  function metaItem(className, label, value) {
    const item = el('span', 'meta-item ' + className);
    item.appendChild(el('span', 'meta-label', label));
    const v = el('span', 'meta-value', value);
    v.dir = 'auto';
    item.appendChild(v);
    return item;
  }

  function renderArticle(article) {
    const arabic = isArabic(article);
    const card = el('article', 'card');
    card.id = cardId(article.id);
    card.dir = arabic ? 'rtl' : 'ltr';
    card.lang = article.language || '';
    card.dataset.id = article.id;

    const title = el('h2', 'title', article.title || (arabic ? '(بلا عنوان)' : '(untitled)'));
    title.dir = 'auto';
    card.appendChild(title);

    const meta = el('div', 'meta');
    if (article.source) meta.appendChild(metaItem('meta-source', arabic ? 'المصدر' : 'Source', article.source));
    if (article.published_at) {
      const item = metaItem('meta-date', arabic ? 'التاريخ' : 'Date', article.published_at);
      meta.appendChild(item);
    }
    if (article.dateline) meta.appendChild(metaItem('meta-dateline', arabic ? 'المكان' : 'Dateline', article.dateline));
    const background = (article.paragraphs || []).filter((p) => p.duplicate_of).length;
    if (background > 0) {
      meta.appendChild(el('span', 'meta-item meta-repeats',
        arabic ? 'فقرات خلفية مكررة: ' + background : 'repeated background paragraphs: ' + background));
    }
    card.appendChild(meta);

    const body = el('div', 'body');
    for (const paragraph of article.paragraphs || []) {
      body.appendChild(paragraph.duplicate_of ? backgroundParagraph(article, paragraph, arabic)
        : novelParagraph(article, paragraph));
    }
    card.appendChild(body);
    card.hidden = !matchesFilter(article);
    return card;
  }

  // ---- filter and facets ----------------------------------------------------------------------------------

  function matchesFilter(article) {
    if (!state.filter) return true;
    return (article.entities || []).some((e) => e.type === state.filter.type && entityName(e) === state.filter.canonical);
  }

  function applyFilter() {
    let shown = 0;
    for (const id of state.order) {
      const card = document.getElementById(cardId(id));
      if (!card) continue;
      card.hidden = !matchesFilter(state.articles.get(id));
      if (!card.hidden) shown++;
    }
    const total = state.order.length;
    $('count').textContent = state.filter ? 'عرض ' + shown + ' من ' + articlesLabel(total) : articlesLabel(total);
    $('count').dataset.shown = String(shown);
    $('empty').hidden = total > 0;
    const filterBox = $('filter');
    filterBox.hidden = !state.filter;
    $('filter-label').textContent = state.filter
      ? 'تصفية: ' + (TYPE_LABELS[state.filter.type] || state.filter.type) + ' — ' + state.filter.canonical : '';
    for (const button of document.querySelectorAll('.facet')) {
      const active = !!state.filter && button.dataset.type === state.filter.type
        && button.dataset.canonical === state.filter.canonical;
      button.classList.toggle('active', active);
      button.setAttribute('aria-pressed', active ? 'true' : 'false');
    }
  }

  function setFilter(filter) {
    state.filter = filter;
    applyFilter();
  }

  function renderFacets(facets) {
    for (const type of FACET_TYPES) {
      const list = $('facets-' + type);
      const items = [];
      for (const facet of facets[type] || []) {
        const button = el('button', 'facet ent-' + type.toLowerCase());
        button.type = 'button';
        button.dataset.type = type;
        button.dataset.canonical = facet.canonical;
        const name = el('span', 'facet-name', facet.canonical);
        name.dir = 'auto';
        button.appendChild(name);
        button.appendChild(el('span', 'facet-count', facet.count));
        button.addEventListener('click', () => {
          const same = state.filter && state.filter.type === type && state.filter.canonical === facet.canonical;
          setFilter(same ? null : { type: type, canonical: facet.canonical });
          window.scrollTo({ top: 0 });
        });
        const li = el('li');
        li.appendChild(button);
        items.push(li);
      }
      if (items.length === 0) items.push(el('li', 'facet-none', '—'));
      list.replaceChildren(...items);
    }
    applyFilter();
  }

  // ---- loading and live updates ---------------------------------------------------------------------------

  async function loadAll() {
    const snapshot = await getJson('api/articles?limit=' + state.window);
    state.seq = snapshot.seq;
    state.order = [];
    state.articles.clear();
    for (const article of snapshot.articles) {
      state.order.push(article.id);
      state.articles.set(article.id, article);
    }
    const cards = snapshot.articles.map(renderArticle);
    $('articles').replaceChildren(...cards);
  }

  function applyChanges(snapshot) {
    const list = $('articles');
    // The server lists newest first; add the oldest first so the newest ends on top.
    for (const article of snapshot.articles.slice().reverse()) {
      const card = renderArticle(article);
      const existing = document.getElementById(cardId(article.id));
      if (existing && state.articles.has(article.id)) {
        existing.replaceWith(card);
      } else {
        state.order.unshift(article.id);
        list.prepend(card);
      }
      state.articles.set(article.id, article);
    }
    state.seq = snapshot.seq;
  }

  async function refreshFacets() {
    renderFacets(await getJson('api/facets?limit=10'));
  }

  function setStatus(ok, text) {
    $('status').textContent = text;
    $('live').classList.toggle('down', !ok);
  }

  async function poll() {
    try {
      const snapshot = await getJson('api/articles?since=' + state.seq + '&limit=' + state.window);
      if (snapshot.articles.length > 0) {
        applyChanges(snapshot);
      }
      // Evictions and removals are not listed as changes: when the counts disagree, reload everything.
      if (snapshot.total !== state.order.length) {
        await loadAll();
      }
      if (snapshot.articles.length > 0 || snapshot.total !== state.order.length || snapshot.seq !== state.seq) {
        await refreshFacets();
      } else {
        applyFilter();
      }
      setStatus(true, 'مباشر — آخر تحديث ' + new Date().toLocaleTimeString('ar'));
    } catch (error) {
      setStatus(false, 'انقطع الاتصال، إعادة المحاولة…');
    } finally {
      window.setTimeout(poll, POLL_MS);
    }
  }

  async function start() {
    $('filter-clear').addEventListener('click', () => setFilter(null));
    try {
      const info = await getJson('api/info');
      state.window = info.window || state.window;
      $('source').textContent = info.source || '';
      await loadAll();
      await refreshFacets();
      setStatus(true, 'مباشر');
      document.body.dataset.ready = 'true';
    } catch (error) {
      setStatus(false, 'تعذّر التحميل، إعادة المحاولة…');
    }
    window.setTimeout(poll, POLL_MS);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
