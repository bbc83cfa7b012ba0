"""The page's CSS and the small scripts run by its HTML components (all inline: nothing is fetched)."""

# Colours are chosen for WCAG 2.2 AA on white: body text #1f2937 (14:1), secondary text #374151 (10:1),
# links/controls #1d4ed8 (6.7:1), focus ring #1d4ed8 drawn 3px wide outside the control (>= 3:1 on white).
CSS = """
:root, .gradio-container, .dark {
  --body-text-color-subdued: #374151; --block-info-text-color: #374151; --block-label-text-color: #1f2937;
  --input-placeholder-color: #4b5563; --link-text-color: #1d4ed8; --link-text-color-hover: #1e3a8a;
  --link-text-color-visited: #5b21b6; --link-text-color-active: #1e3a8a;
}
.gradio-container { color: #1f2937; background: #fff; }
.gradio-container button:focus-visible, .gradio-container a:focus-visible, .gradio-container summary:focus-visible,
.gradio-container input:focus-visible, .gradio-container textarea:focus-visible,
.gradio-container [tabindex]:focus-visible, .gradio-container [role="tab"]:focus-visible {
  outline: 3px solid #1d4ed8 !important; outline-offset: 2px !important; box-shadow: none;
}
#question textarea:focus { outline: 3px solid #1d4ed8 !important; outline-offset: 1px; border-color: #1d4ed8; }
footer, footer a, footer button { color: #374151 !important; }
footer { opacity: 1 !important; }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
#masthead h1 { font-size: 1.5rem; margin: 4px 0 2px; color: #111827; }
#masthead p { margin: 0; color: #374151; }
#ask, .gradio-container button.primary { background: #1d4ed8 !important; color: #fff !important;
  border-color: #1d4ed8 !important; }
#ask:hover { background: #1e3a8a !important; }
#conversation { max-height: calc(100vh - 400px); min-height: 220px; overflow-y: auto !important;
  border: 1px solid #d1d5db; border-radius: 6px; padding: 8px 10px; background: #fff; }
.conversation { display: flex; flex-direction: column; gap: 14px; color: #1f2937; }
.turn .q { margin: 4px 0; font-size: 1em; font-weight: 600; color: #111827; }
.gradio-container button[role="tab"].selected, .gradio-container button[role="tab"][aria-selected="true"] {
  color: #1d4ed8 !important; }
.turn .who { font-weight: 400; color: #374151; margin-right: 4px; }
.a { background: #eef5ff; border-left: 4px solid #1d4ed8; padding: 8px 12px; border-radius: 4px; }
.a.abstained { background: #fff7e6; border-left-color: #b45309; }
.a.weak { border-left-color: #b45309; }
.a.draft { background: #f3f4f6; border-left-color: #6b7280; color: #1f2937; }
.badge { font-weight: 700; color: #7c2d12; margin-bottom: 4px; }
.weak-note { margin: 0 0 6px; color: #7c2d12; font-size: 0.9em; }
.answer-text { line-height: 1.55; }
button.cite { background: #dbeafe; color: #1e3a8a; border: 1px solid #1d4ed8; border-radius: 4px; padding: 0 4px;
  font-weight: 700; font-size: 0.85em; cursor: pointer; vertical-align: baseline; }
button.cite:hover { background: #bfdbfe; }
.sources-title { font-size: 0.95em; margin: 10px 0 4px; color: #111827; }
.sources ol, .related ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.source { background: #fff; border: 1px solid #cbd5e1; border-radius: 4px; padding: 6px 8px; cursor: pointer; }
.source:hover { border-color: #1d4ed8; }
.source-open, .related-open, .browse-open { background: none; border: none; padding: 0; color: #1d4ed8;
  text-decoration: underline; font-weight: 600; text-align: left; cursor: pointer; font-size: 1em; }
.source-meta { font-size: 0.85em; color: #374151; }
.source blockquote { margin: 4px 0 0; padding-left: 8px; border-left: 3px solid #cbd5e1; color: #1f2937;
  font-size: 0.92em; }
mark { background: #fde68a; color: #111827; }
.feedback { margin-top: 10px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font-size: 0.92em; }
.feedback .rate, .feedback .save-comment, .close-letter { border: 1px solid #4b5563; background: #fff;
  color: #1f2937; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
.feedback .rate[aria-pressed="true"] { background: #1d4ed8; color: #fff; border-color: #1d4ed8; }
.feedback .comment { flex: 1 1 100%; min-width: 140px; border: 1px solid #4b5563; border-radius: 4px;
  padding: 2px 6px; color: #1f2937; background: #fff; font: inherit; }
.fb-note { color: #166534; font-weight: 600; }
.details { margin-top: 8px; font-size: 0.85em; color: #374151; }
.details summary { cursor: pointer; color: #1f2937; }
.details p { margin: 4px 0; }
.home h2 { font-size: 1.15rem; margin: 4px 0; color: #111827; }
.home p { margin: 4px 0; color: #1f2937; }
#examples { gap: 6px; flex-wrap: wrap; }
#examples button { flex: 0 1 auto !important; min-width: 0 !important; border-radius: 999px; border: 1px solid #1d4ed8;
  color: #1e3a8a; background: #eff6ff; font-weight: 500; }
#message .refusal { margin: 2px 0; padding: 6px 10px; border-left: 4px solid #b91c1c; background: #fdecec;
  color: #7f1d1d; border-radius: 4px; }
#filter-chips { gap: 6px; flex-wrap: wrap; }
#filter-chips:not(:has(button)), #message:not(:has(.refusal)) { display: none; }
#ask-row { align-items: flex-end; }
#ask { min-height: 42px; }
#new-conversation { max-width: 14em; }
.gradio-container button { font: inherit; }
#conversation, #viewer, #browse, #masthead, #message { font-size: 15px; line-height: 1.5; }
#filter-chips button { flex: 0 1 auto !important; min-width: 0 !important; border-radius: 999px; background: #fef3c7;
  color: #78350f; border: 1px solid #92400e; }
.filter-note { margin: 4px 0; color: #1f2937; }
.filter-note.bad { color: #7f1d1d; font-weight: 600; }
#viewer-col { position: sticky; top: 0; align-self: flex-start; }
#viewer { border: 1px solid #d1d5db; border-radius: 6px; padding: 8px 12px; background: #fff; color: #1f2937; }
.letter-head h2 { font-size: 1.1rem; margin: 4px 0; color: #111827; }
.letter-facts { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 0 0 6px; font-size: 0.9em; }
.letter-facts dt { font-weight: 700; color: #1f2937; }
.letter-facts dd { margin: 0; color: #1f2937; }
.close-letter { float: right; }
.doc-text { max-height: calc(100vh - 260px); overflow-y: auto; font-family: Georgia, serif; line-height: 1.5;
  padding-right: 6px; }
.doc-text .para { margin: 0 0 10px; padding: 2px 4px; }
.doc-text .para .label { display: inline-block; min-width: 3.2em; margin-right: 6px; font-family: system-ui, sans-serif;
  font-size: 0.8em; font-weight: 700; color: #374151; }
.doc-text .para.hit { background: #fef9c3; outline: 2px solid #a16207; border-radius: 3px; }
.viewer-empty p { color: #374151; margin: 0; }
.letter.missing p { color: #7f1d1d; font-weight: 600; }
table.browse { border-collapse: collapse; width: 100%; font-size: 0.92em; color: #1f2937; background: #fff; }
table.browse caption { text-align: left; font-weight: 600; margin-bottom: 4px; color: #111827; }
table.browse th, table.browse td { border-bottom: 1px solid #d1d5db; padding: 6px; text-align: left;
  vertical-align: top; }
table.browse .nowrap { white-space: nowrap; }
@media (max-width: 899px) {
  #conversation { max-height: calc(100vh - 330px); min-height: 200px; }
  #masthead h1 { font-size: 1.2rem; }
  #masthead .cov { display: none; }
  #viewer-col { position: static; }
  #viewer:not(.overlay) { display: none; }
  #viewer.overlay { position: fixed; top: 0; left: 0; right: 0; z-index: 1000; max-height: 85vh;
    overflow-y: auto !important; border-radius: 0 0 8px 8px; box-shadow: 0 8px 24px rgba(0,0,0,.35); margin: 0; }
  #viewer.overlay .doc-text { max-height: none; overflow: visible; }
  #viewer.overlay .close-letter { position: sticky; top: 0; z-index: 1; }
  table.browse thead { display: none; }
  table.browse tr { display: block; border-bottom: 1px solid #d1d5db; padding: 4px 0; }
  table.browse td { display: block; border: none; padding: 2px 4px; }
}
"""

# Runs once in the letter viewer (gr.HTML js_on_load: element, props, server). One delegated listener opens
# any [data-doc] element (citation [n], source card, related reading, browse title) in a single click, and
# handles the per-answer feedback controls; the server functions do the work, so nothing here needs secrets.
VIEWER_JS = r"""
const root = element.closest('#viewer') || element;
const phone = () => window.matchMedia('(max-width: 899px)').matches;
let opener = null;
let seq = 0;
const afterRender = (check, fn, tries = 0) => {
  if (check() || tries > 120) { fn(); return; }
  requestAnimationFrame(() => afterRender(check, fn, tries + 1));
};
const reveal = (token) => {
  // The overlay class first: a hidden viewer has no layout, so nothing could be scrolled to the highlight.
  if (phone()) root.classList.add('overlay'); else root.classList.remove('overlay');
  // On a phone the whole overlay scrolls (a long title leaves too little room for a second scroller).
  const box = phone() ? root : element.querySelector('.doc-text');
  const hit = element.querySelector('#highlight');
  if (box && hit) box.scrollTop += hit.getBoundingClientRect().top - box.getBoundingClientRect().top - 72;
  else if (box) box.scrollTop = 0;
  const title = element.querySelector('#letter-title') || element.querySelector('.close-letter');
  if (title) title.focus({preventScroll: true});
  if (!phone()) {
    const r = root.getBoundingClientRect();
    if (r.top < 0 || r.top > window.innerHeight - 80) root.scrollIntoView({block: 'start'});
  }
};
const openLetter = async (el) => {
  opener = el;
  const token = String(++seq);
  const d = el.dataset;
  const html = await server.open_letter({doc: d.doc || '', start: d.start || '', end: d.end || ''});
  if (token !== String(seq)) return;  // a later click won
  props.value = html + '<span hidden data-open-token="' + token + '"></span>';
  afterRender(() => element.querySelector('[data-open-token="' + token + '"]'), () => reveal(token));
};
const closeLetter = () => {
  props.value = props.empty_html || '';
  root.classList.remove('overlay');
  if (opener && document.body.contains(opener)) opener.focus();
};
const feedback = async (btn) => {
  const box = btn.closest('.feedback');
  const id = box.dataset.answer;
  const comment = box.querySelector('.comment').value;
  const note = box.querySelector('.fb-note');
  let msg;
  if (btn.classList.contains('rate')) {
    msg = await server.rate_answer({answer: id, rating: btn.dataset.rate, comment});
    if (!msg.startsWith('Could not')) {
      box.querySelectorAll('.rate').forEach(b => b.setAttribute('aria-pressed', String(b === btn)));
    }
  } else {
    msg = await server.comment_answer({answer: id, comment});
  }
  note.textContent = msg;
};
if (window.__ragClick) document.removeEventListener('click', window.__ragClick);
window.__ragClick = (e) => {
  const t = e.target;
  if (!(t instanceof Element)) return;
  const fb = t.closest('.feedback button');
  if (fb) { e.preventDefault(); feedback(fb); return; }
  if (t.closest('.close-letter')) { e.preventDefault(); closeLetter(); return; }
  const open = t.closest('[data-doc]');
  if (open && !t.closest('.letter')) { e.preventDefault(); openLetter(open); }
};
document.addEventListener('click', window.__ragClick);
if (window.__ragKey) document.removeEventListener('keydown', window.__ragKey);
window.__ragKey = (e) => { if (e.key === 'Escape' && root.classList.contains('overlay')) closeLetter(); };
document.addEventListener('keydown', window.__ragKey);
"""

# Runs in the conversation: after each update, scroll the newest question and answer into view.
CONVERSATION_JS = r"""
const pane = element.closest('#conversation') || element;
const newest = () => {
  const turns = element.querySelectorAll('.turn');
  const last = turns[turns.length - 1];
  if (!last) return;
  pane.scrollTop += last.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
};
watch('value', newest);
"""

# The announcer is a persistent polite live region: screen readers read each new answer once, not the whole
# conversation again (which re-rendering the conversation itself would cause).
ANNOUNCER_JS = r"""
const region = element.closest('#announcer') || element;
region.setAttribute('aria-live', 'polite');
region.setAttribute('aria-atomic', 'true');
"""
