// Runs Debian's nginx with the production configuration in deploy/nginx/, as a clinic would,
// for the browser tests: on loopback, on a free port, from a temporary folder (no root needed).
// The same options as `startServer` in server.mjs, so a test can run against either.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const deploy = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../deploy/nginx');
export const NGINX = '/usr/sbin/nginx';

const freePort = () => new Promise((resolve, reject) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  }).on('error', reject);
});

/** nginx serving `root` at `prefix`, with `frameAncestors` as the one framing setting. */
export async function startNginx({ root, port = 0, prefix = '/', frameAncestors = "'self'" }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hernia-aid-nginx-'));
  fs.cpSync(deploy, path.join(dir, 'hernia-aid'), { recursive: true });
  // The site's folder: `www` + prefix is the build (a link, as a deploy script might make).
  const www = path.join(dir, 'www');
  const target = path.join(www, prefix);
  fs.mkdirSync(path.dirname(target.replace(/\/$/, '')), { recursive: true });
  fs.symlinkSync(path.resolve(root), target.replace(/\/$/, '') || www);
  const listen = port || await freePort();
  const quote = (value) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
${process.getuid?.() === 0 ? 'user root; # the test builds live in private temporary folders' : ''}
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    include hernia-aid/hernia-aid-http.conf;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    server {
        listen 127.0.0.1:${listen};
        root ${www};
        set $hernia_frame_ancestors "${quote(frameAncestors)}";
        location ${prefix} {
            include hernia-aid/hernia-aid-app.conf;
        }
    }
}
`);
  const check = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the configuration:\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const origin = `http://127.0.0.1:${listen}`;
  // Ready when it answers.
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
    const up = await new Promise((resolve) => net.connect(listen, '127.0.0.1').on('connect', function () { this.end(); resolve(true); }).on('error', () => resolve(false)));
    if (up) break;
    if (tries > 100) throw new Error('nginx did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin, url: `${origin}${prefix}`,
    /** What was asked for so far, from nginx's access log: path (with query) and status. */
    requests: () => fs.readFileSync(path.join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean).map((line) => {
      const [, url, status] = line.match(/"[A-Z]+ (\S+) HTTP\/[\d.]+" (\d{3})/) ?? [];
      return { url: new URL(url ?? '/', origin).pathname, status: Number(status) };
    }),
    close: () => new Promise((resolve) => {
      child.once('exit', () => { fs.rmSync(dir, { recursive: true, force: true }); resolve(); });
      child.kill('SIGQUIT');
    }),
  };
}
