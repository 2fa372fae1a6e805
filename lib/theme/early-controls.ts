import { DARK_CLASS, THEME_KEY } from './theme';

/**
 * The header's controls that can act before React: the theme toggle and search. Each carries
 * `data-early="theme"` or `data-early="search"`; once React has hydrated it and its own handlers
 * run, it gets `data-early-ready` (`useEarlyHandover`), and this script leaves it alone.
 */
export const EARLY_ATTR = 'data-early';
export const EARLY_READY_ATTR = 'data-early-ready';
/** The minimal search box the script opens before hydration; the React dialog takes its text over. */
export const EARLY_SEARCH_ID = 'sb-early-search';

/**
 * Runs inline in <head>, after the theme script (its text is hashed into the
 * Content-Security-Policy like the theme script's). Until React has hydrated a control, the
 * script answers it: the theme toggle switches the theme exactly as `setTheme` does, and the
 * Search button, Ctrl+K / ⌘K and "/" open a small search box the learner can type into. It
 * listens on `window` in the capture phase and stops the events it answers, so React never
 * sees them too (no double toggle); once the control is ready it lets every event through.
 */
export const EARLY_CONTROLS_SCRIPT = `(function(){
var A='${EARLY_ATTR}',R='${EARLY_READY_ATTR}',ID='${EARLY_SEARCH_ID}',D=document;
function ready(k){return !!D.querySelector('['+A+'="'+k+'"]['+R+']')}
function pressed(){var d=D.documentElement.classList.contains('${DARK_CLASS}');D.querySelectorAll('['+A+'="theme"]').forEach(function(b){b.setAttribute('aria-pressed',String(d))})}
function theme(){var e=D.documentElement,d=!e.classList.contains('${DARK_CLASS}');e.classList.toggle('${DARK_CLASS}',d);e.style.colorScheme=d?'dark':'light';try{localStorage.setItem('${THEME_KEY}',d?'dark':'light')}catch(_){}pressed()}
function search(){var g=D.getElementById(ID);if(!g){g=D.createElement('dialog');g.id=ID;g.setAttribute('aria-label','Search the course');g.className='mx-auto mt-[10vh] w-[min(40rem,calc(100vw-1rem))] rounded-lg border border-[var(--line)] bg-[var(--page)] p-4 text-[var(--ink)] shadow-2xl backdrop:bg-black/50';
var l=D.createElement('label');l.className='sr-only';l.htmlFor=ID+'-input';l.textContent='Search';
var i=D.createElement('input');i.id=ID+'-input';i.type='search';i.autocomplete='off';i.spellcheck=false;i.placeholder='Lessons, terms, quiz topics…';i.className='h-12 w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-3 text-base outline-none focus:border-[var(--accent)] focus:ring-2 focus:ring-[var(--accent)]';
var p=D.createElement('p');p.className='mt-2 text-sm text-[var(--muted)]';p.textContent='Getting search ready… keep typing: your words carry over.';
g.append(l,i,p);D.body.appendChild(g)}
if(!g.open)g.showModal();g.querySelector('input').focus()}
window.addEventListener('click',function(e){var t=e.target instanceof Element&&e.target.closest('['+A+']');if(!t||t.hasAttribute(R))return;var k=t.getAttribute(A);e.preventDefault();e.stopPropagation();if(k==='theme')theme();else if(k==='search')search()},true);
window.addEventListener('keydown',function(e){if(ready('search'))return;var t=e.target,f=t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
if(((e.ctrlKey||e.metaKey)&&e.key.toLowerCase()==='k')||(e.key==='/'&&!f&&!e.ctrlKey&&!e.metaKey&&!e.altKey)){var g=D.getElementById(ID);if(g&&g.open&&f){e.preventDefault();return}e.preventDefault();e.stopPropagation();search()}},true);
D.addEventListener('DOMContentLoaded',pressed);
})()`;
