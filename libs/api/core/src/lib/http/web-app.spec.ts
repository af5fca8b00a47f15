import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';

import { webAppHandler } from './web-app';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,*/*;q=0.8';

describe('webAppHandler', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'wild-web-unit-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves nothing from a folder without index.html', () => {
    expect(webAppHandler(join(root, 'assets'))).toBeNull();
    expect(webAppHandler(join(root, 'no-such-folder'))).toBeNull();
  });

  it('gives the invitation page no referrer, whatever the policy set before it', async () => {
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
      next();
    });
    app.use(webAppHandler(root) as express.RequestHandler);

    const invitation = await request(app)
      .get('/invitations/accept?token=secret')
      .set('Accept', BROWSER_ACCEPT);
    expect(invitation.status).toBe(200);
    expect(invitation.headers['referrer-policy']).toBe('no-referrer');

    const other = await request(app).get('/offices/WO').set('Accept', BROWSER_ACCEPT);
    expect(other.status).toBe(200);
    expect(other.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});
