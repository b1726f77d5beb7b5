import { parse } from 'node-cron';
let t = performance.now(); for (let i = 0; i < 10000; i++) parse('*/5 * * * *'); console.log('parse us', ((performance.now() - t) / 10000 * 1000).toFixed(1));
