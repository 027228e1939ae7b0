// newsbrief web UI: routing and DOM building. Article text only ever reaches the page through
// text nodes (textContent / createTextNode); no markup is built from strings.
'use strict';

/** Builds an element: h('a', {href: '/x', className: 'c'}, 'text', child). */
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined) continue;
    if (key === 'className') el.className = value;
    else if (key === 'href') el.setAttribute('href', safeHref(value));
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.toLowerCase().startsWith('on')) throw new Error('no event attributes: ' + key);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Only same-site paths and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
function safeHref(value) {
  const s = String(value);
  if ((s.startsWith('/') && !s.startsWith('//')) || /^#[\w-]*$/.test(s)) return s;
  try {
    const url = new URL(s);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

function path(...parts) {
  return '/' + parts.map(encodeURIComponent).join('/');
}

function articleLink(article, sentence) {
  return path('article', article) + (sentence === null || sentence === undefined ? '' : '#s-' + sentence);
}

async function getJson(url) {
  const response = await fetch(url, {headers: {'Accept': 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

function show(title, ...content) {
  document.title = title + ' · newsbrief';
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, content);
}

function fail(error) {
  show('Error', h('h1', {}, 'Something went wrong'), h('p', {className: 'error'}, error.message));
}

function meta(...parts) {
  return h('p', {className: 'meta'}, parts.filter(p => p && p !== 'unknown').join(' · '));
}

async function route() {
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(location.search);
  document.getElementById('search-q').value = query.get('q') || '';
  try {
    if (parts.length === 0) await Views.stories();
    else if (parts[0] === 'story' && parts.length === 2) await Views.briefing(parts[1]);
    else if (parts[0] === 'article' && parts.length === 2) await Views.article(parts[1]);
    else if (parts[0] === 'search') await Views.search(query);
    else show('Not found', h('h1', {}, 'Not found'));
  } catch (error) {
    fail(error);
  }
  document.body.dataset.ready = 'true';
}

/** Marks the sentence named by the URL fragment (#s-N) and scrolls it into view. */
function markCited() {
  document.querySelectorAll('.cited').forEach(el => el.classList.remove('cited'));
  const id = decodeURIComponent(location.hash.slice(1));
  if (!/^s-\d+$/.test(id)) return;
  const target = document.getElementById(id);
  if (target) {
    target.classList.add('cited');
    target.scrollIntoView({block: 'center'});
  }
}

window.addEventListener('hashchange', markCited);
document.addEventListener('DOMContentLoaded', route);
