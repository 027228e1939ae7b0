// newsbrief web UI: one function per page. See app.js for h(), show() and the routing.
'use strict';

const Views = {
  async stories() {
    const data = await getJson('/api/stories');
    const list = h('ul', {id: 'stories', className: 'stories'},
      data.stories.map(s => h('li', {className: 'story'},
        h('a', {href: path('story', s.id)}, s.title),
        meta(count(s.articles, 'article'), known(s.outlets).join(', '),
          dateRange(s.first, s.last)))));
    show('Stories', h('h1', {}, 'Stories'),
      data.stories.length ? list : h('p', {}, 'The store is empty. Add articles with newsbrief ingest.'));
  },

  async briefing(id) {
    const since = new URLSearchParams(location.search).get('since');
    const data = await getJson(path('api', 'stories', id, 'briefing') +
      (since ? '?since=' + encodeURIComponent(since) : ''));
    const b = data.briefing;
    const number = new Map(b.articles.map((a, i) => [a.id, i + 1]));
    const byId = new Map(b.articles.map(a => [a.id, a]));
    const cite = links => h('span', {className: 'cites'}, links.map(l =>
      h('a', {className: 'cite', href: articleLink(l.article, l.sentence),
        title: label(byId.get(l.article))}, '[' + number.get(l.article) + ']')));
    show(data.story.title,
      h('h1', {}, data.story.title),
      meta(count(b.articles.length, 'article'), known(data.story.outlets).join(', '),
        dateRange(data.story.first, data.story.last)),
      h('nav', {className: 'sections'}, ['summary', 'timeline', 'quotes', 'entities', 'coverage',
        'conflicts', 'sources'].map(s => h('a', {href: '#' + s}, s))),
      whatIsNew(id, data.new, byId),
      section('summary', 'What happened', h('ol', {className: 'summary'}, b.summary.map((s, i) =>
        h('li', {}, s.text, ' ', cite(data.links.summary[i]),
          h('span', {className: 'support'}, ' ' + count(s.outlets, 'outlet')))))),
      section('timeline', 'Timeline', Charts.timeline(b.timeline, data.links.timeline),
        h('ul', {className: 'timeline'}, b.timeline.map((e, i) =>
          h('li', {}, h('time', {}, e.date), ' ', e.text, ' ', cite(data.links.timeline[i]))))),
      section('quotes', 'Quote board', quoteBoard(b.quotes, number)),
      section('entities', 'Who and what', entities(b.entities)),
      section('coverage', 'Sources by fact', coverage(b, number)),
      section('conflicts', 'Disputed', b.conflicts.length ? b.conflicts.map((c, i) =>
        h('div', {className: 'conflict'}, h('h3', {}, c.topic, c.kind === 'figure'
          ? (c.progression ? ' (rising as reports came in)' : ' (figures differ)') : ''),
        h('ul', {}, c.sides.map((side, j) =>
          h('li', {}, h('strong', {}, side.value || side.stance), ' ',
            side.speaker ? side.speaker.name + ': ' : '',
            side.text, ' ', cite(data.links.conflicts[i][j])))))) : h('p', {}, 'No disputed claims or figures found.')),
      section('sources', 'Sources', h('ol', {className: 'sources'}, b.articles.map(a =>
        h('li', {}, h('a', {href: path('article', a.id)}, a.title), ' ',
          meta(outletOf(a), dated(a.published)))))),
      h('p', {}, h('a', {href: path('api', 'stories', id, 'briefing.html')}, 'Download as HTML')));
  },

  async article(id) {
    const a = await getJson(path('api', 'articles', id));
    show(a.title,
      h('h1', {}, a.title),
      meta(a.byline ? 'By ' + a.byline : null, a.outlet, a.published, a.source),
      a.url && /^https?:/i.test(a.url) ? h('p', {}, h('a', {href: a.url, rel: 'noopener noreferrer'}, 'Original')) : null,
      h('p', {}, h('a', {href: path('story', a.story)}, 'Briefing of this story')),
      h('article', {className: 'body'}, a.paragraphs.map(p => h('p', {}, p.map(s =>
        [h('span', {className: 'sentence', id: 's-' + s.index}, s.text), ' '])))),
      a.quotes.length ? section('article-quotes', 'Quotes', h('ul', {}, a.quotes.map(q =>
        h('li', {}, h('a', {href: '#s-' + q.sentence}, q.speaker), q.via ? ' (via ' + q.via + ')' : '', ': ', h('q', {}, q.text))))) : null);
    markCited();
  },

  async search(query) {
    const fields = ['q', 'entity', 'speaker', 'outlet', 'from', 'to'];
    const form = h('form', {id: 'advanced-search', action: '/search', method: 'get', className: 'advanced'},
      fields.map(f => h('label', {}, f === 'q' ? 'text' : f, ' ',
        h('input', {name: f, type: f === 'from' || f === 'to' ? 'date' : 'text', value: query.get(f) || ''}))),
      h('button', {type: 'submit'}, 'Search'));
    const asked = fields.filter(f => query.get(f));
    if (!asked.length) {
      show('Search', h('h1', {}, 'Search'), form);
      return;
    }
    const params = new URLSearchParams();
    asked.forEach(f => params.set(f, query.get(f)));
    const data = await getJson('/api/search?' + params);
    show('Search', h('h1', {}, 'Search'), form,
      h('p', {id: 'search-total'}, count(data.total, 'article')),
      h('ol', {id: 'hits', className: 'hits'}, data.hits.map(hit => h('li', {className: 'hit'},
        h('a', {href: path('article', hit.id)}, hit.title),
        meta(outletOf(hit), dated(hit.published)),
        h('p', {className: 'snippet'}, hit.snippet.map(part => part.match ? h('mark', {}, part.text) : part.text)),
        h('a', {className: 'story-link', href: path('story', hit.story)}, 'story briefing')))));
  },
};

/** "New since": links to the last hour, day and week, and what the API says is new. */
function whatIsNew(id, fresh, byId) {
  const ago = hours => new Date(Date.now() - hours * 3600e3).toISOString().replace(/\.\d+Z$/, 'Z');
  const links = h('p', {className: 'meta'}, 'What is new in the last ',
    [['hour', 1], ['day', 24], ['week', 168]].map(([name, hours], i) => [i ? ' · ' : '',
      h('a', {href: path('story', id) + '?since=' + encodeURIComponent(ago(hours))}, name)]));
  if (!fresh) return links;
  const list = (items, show) => items.length ? h('ul', {}, items.map(x => h('li', {}, show(x)))) : null;
  const nothing = !fresh.articles.length && !fresh.summary.length && !fresh.quotes.length && !fresh.figures.length;
  return section('new', 'New since ' + fresh.since, links,
    nothing ? h('p', {}, 'Nothing new.') : [
      fresh.articles.length ? h('h3', {}, count(fresh.articles.length, 'new article')) : null,
      list(fresh.articles, a => h('a', {href: path('article', a)}, label(byId.get(a)) || a)),
      fresh.summary.length ? h('h3', {}, 'New in the summary') : null,
      list(fresh.summary, s => s.text),
      fresh.quotes.length ? h('h3', {}, 'New quotes') : null,
      list(fresh.quotes, q => [h('strong', {}, q.speaker), ': ', q.text]),
      fresh.figures.length ? h('h3', {}, 'New or changed figures') : null,
      list(fresh.figures, f => [f.topic, ': ', f.values.join(' / ')])]);
}

function section(id, title, ...content) {
  return h('section', {id}, h('h2', {}, title), content);
}

function label(article) {
  return article ? [outletOf(article), article.title].filter(Boolean).join(': ') : '';
}

/** "1 article", "2 articles". */
function count(n, noun) {
  return n + ' ' + (n === 1 ? noun : noun + 's');
}

/** Values a person can read: no blanks and no "unknown" placeholders. */
function known(values) {
  return (values || []).filter(v => v && v !== 'unknown');
}

function dated(day) {
  return day && day !== 'unknown' ? day : 'undated';
}

/** The outlet, else the web site it came from, else null (never "unknown"). */
function outletOf(article) {
  if (article.outlet && article.outlet !== 'unknown') return article.outlet;
  try {
    const url = new URL(article.url || '');
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.replace(/^www\./, '');
  } catch (e) { /* no URL */ }
  return null;
}

function dateRange(first, last) {
  if (!first) return null;
  return first === last ? first : first + ' – ' + last;
}

function quoteBoard(quotes, number) {
  if (!quotes.length) return h('p', {}, 'No quotations found.');
  const groups = new Map();
  for (const q of quotes) {
    const who = q.speaker.role ? q.speaker.name + ', ' + q.speaker.role : q.speaker.name;
    if (!groups.has(who)) groups.set(who, []);
    groups.get(who).push(q);
  }
  return h('div', {className: 'board'}, [...groups].map(([who, said]) =>
    h('div', {className: 'speaker'}, h('h3', {}, who), h('ul', {}, said.map(q =>
      h('li', {}, h('blockquote', {}, q.text), q.via ? ' (via ' + q.via + ') ' : ' ',
        h('a', {className: 'cite', href: articleLink(q.article, q.sentence)}, '[' + number.get(q.article) + ']')))))));
}

function entities(list) {
  if (!list.length) return h('p', {}, 'No names found.');
  return h('ul', {className: 'entities'}, list.map(e => h('li', {dataset: {type: e.type}},
    h('strong', {}, e.name), ' ', h('span', {className: 'type'}, e.type),
    e.aliases.length ? ' (also ' + e.aliases.join(', ') + ')' : '',
    e.roles.length ? ' — ' + e.roles.join('; ') : '',
    h('span', {className: 'support'}, ' ' + count(e.mentions.length, 'mention')))));
}

/** A table: one row per summary sentence, one column per article; ● states it, ○ supports it. */
function coverage(b, number) {
  const head = h('tr', {}, h('th', {}, 'Fact'), b.articles.map(a =>
    h('th', {title: a.title}, '[' + number.get(a.id) + '] ' + (outletOf(a) || ''))));
  const rows = b.summary.map(s => h('tr', {}, h('td', {className: 'fact'}, s.text),
    b.articles.map(a => s.sources.includes(a.id)
      ? h('td', {className: 'states', title: 'states it'}, '●')
      : s.support.includes(a.id) ? h('td', {className: 'supports', title: 'reports the same fact'}, '○')
      : h('td', {}, ''))));
  return h('div', {className: 'scroll'}, h('table', {id: 'coverage-table', className: 'coverage'},
    h('thead', {}, head), h('tbody', {}, rows)));
}

/** Inline SVG charts, built with createElementNS; text goes in <title> and <text> nodes as text. */
const Charts = {
  timeline(events, links) {
    const points = events.map((e, i) => ({e, i, t: Charts.time(e.date)})).filter(p => p.t !== null);
    if (!points.length) return h('p', {}, 'No dated events.');
    const width = 760, left = 20, right = 20, top = 20, lane = 14;
    const min = Math.min(...points.map(p => p.t)), max = Math.max(...points.map(p => p.t));
    const x = t => left + (max === min ? (width - left - right) / 2 : (t - min) / (max - min) * (width - left - right));
    const lanes = [];
    for (const p of points) {
      p.x = x(p.t);
      let k = 0;
      while (lanes[k] !== undefined && p.x - lanes[k] < 12) k++;
      lanes[k] = p.x;
      p.y = top + 20 + k * lane;
    }
    const height = top + 40 + lanes.length * lane;
    const svg = Charts.el('svg', {viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img',
      class: 'timeline-chart', 'aria-label': 'Timeline of ' + points.length + ' dated events'});
    svg.appendChild(Charts.el('line', {x1: left, x2: width - right, y1: top + 8, y2: top + 8, class: 'axis'}));
    const ticks = Charts.ticks(min, max);
    ticks.forEach((t, k) => {
      const anchor = ticks.length === 1 ? 'middle' : k === 0 ? 'start' : k === ticks.length - 1 ? 'end' : 'middle';
      svg.appendChild(Charts.el('line', {x1: x(t).toFixed(1), x2: x(t).toFixed(1), y1: top + 4, y2: top + 12, class: 'tick'}));
      svg.appendChild(Charts.text(Charts.day(t), x(t), top, anchor));
    });
    for (const p of points) {
      const link = (links[p.i] || [])[0];
      const a = Charts.el('a', {href: link ? articleLink(link.article, link.sentence) : '#timeline'});
      const dot = Charts.el('circle', {cx: p.x.toFixed(1), cy: p.y, r: 5, class: 'event'});
      const tip = Charts.el('title', {});
      tip.textContent = p.e.date + ': ' + p.e.text;
      dot.appendChild(tip);
      a.appendChild(dot);
      svg.appendChild(a);
    }
    return svg;
  },

  /** Milliseconds for an ISO-like date: 2014-12-03, 2014-12, 2014, 2014-W49; null otherwise. */
  time(value) {
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return Date.UTC(+m[1], +m[2] - 1, 1);
    if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return Date.UTC(+m[1], 0, 1 + (+m[2] - 1) * 7);
    if ((m = /^(\d{4})$/.exec(value))) return Date.UTC(+m[1], 0, 1);
    return null;
  },

  /**
   * Axis dates: both ends and evenly stepped days between them (1, 2, 7, 14, 30 ... days apart),
   * at most 7 labels and none crowding an end label.
   */
  ticks(min, max) {
    if (max === min) return [min];
    const day = 86400000;
    const step = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652, 36524].map(d => d * day)
      .find(s => (max - min) / s <= 6) || (max - min) / 6;
    const out = [min];
    for (let t = min + step; t < max - step / 2; t += step) out.push(t);
    out.push(max);
    return out;
  },

  day(t) {
    return new Date(t).toISOString().slice(0, 10);
  },

  el(tag, attrs) {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    return el;
  },

  text(value, x, y, anchor) {
    const t = Charts.el('text', {x, y, 'text-anchor': anchor, class: 'label'});
    t.textContent = value;
    return t;
  },
};
