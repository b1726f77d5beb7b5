/** The index page's stylesheet: readable without JavaScript, failing and disabled rows stand out. */
export const INDEX_STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:76rem;margin:1.5rem auto;padding:0 1rem;color:#222}
header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:2px solid #333}
h1{margin:.2rem 0}h2{margin-top:1.8rem}small{color:#555}code{font-size:.9em}
ul.topics{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:.8rem}
li.topic{border:1px solid #ddd;border-radius:.5rem;padding:.2rem .9rem}li.topic h3{margin:.6rem 0 .2rem}
a.sub{display:inline-block;padding:.15rem .6rem;margin-right:.3rem;border-radius:.3rem;background:#eef3ff;text-decoration:none}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.45rem;text-align:left;vertical-align:top}
a.url{font-size:.85em;word-break:break-all;color:#35a}.error{color:#a00;font-size:.9em}
.badge{padding:.1rem .45rem;border-radius:.3rem;white-space:nowrap;font-weight:600;font-size:.9em}
.ok .badge{background:#dfd;color:#174}.failing .badge{background:#c22;color:#fff}
.disabled .badge{background:#666;color:#fff}.pending .badge{background:#ffd}
tr.failing td{background:#fff1f1}tr.disabled td{background:#f3f3f3;color:#666}
.summary{padding:.4rem .7rem;border-radius:.3rem}.summary.ok{background:#efe}.summary.bad{background:#fdd;font-weight:600}
footer{margin:2rem 0 1rem}`;
