import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** A minimal SMTP receiver on a free port: accepts every message and keeps it (no TLS, no auth). */
export async function fakeSmtp() {
  const mails: ReceivedMail[] = [];
  const server = createTcpServer((socket) => {
    let buffer = '';
    let inData = false;
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    const say = (line: string) => socket.write(`${line}\r\n`);
    say('220 fake-smtp ready');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          mails.push(mail);
          mail = { from: '', to: [], data: '' };
          inData = false;
          say('250 queued');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'MAIL') mail.from = line;
        if (verb === 'RCPT') mail.to.push(/<([^>]+)>/.exec(line)?.[1] ?? line);
        if (verb === 'DATA') inData = true;
        say(verb === 'DATA' ? '354 go ahead' : verb === 'QUIT' ? '221 bye' : '250 ok');
        if (verb === 'QUIT') socket.end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { mails, url: `smtp://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export interface ReceivedPost {
  url: string;
  body: Record<string, unknown>;
}

/** An HTTP receiver standing in for group robots: records each POST and answers as a robot does. */
export async function fakeWebhooks() {
  const posts: ReceivedPost[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let s = '';
      req.on('data', (c) => (s += c));
      req.on('end', () => resolve(s));
    });
  const server = createHttpServer(async (req, res) => {
    posts.push({ url: req.url ?? '', body: JSON.parse(await read(req)) });
    res.setHeader('content-type', 'application/json');
    res.end(req.url?.startsWith('/feishu') ? '{"code":0,"msg":"success"}' : '{"errcode":0,"errmsg":"ok"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { posts, base, close: () => new Promise((r) => server.close(r)) };
}
