import { originAllowed } from './origin-policy';

describe('socket origin policy', () => {
  const allow = ['https://app.torchbridge.example'];

  it('allows the configured origins and the server’s own', () => {
    expect(originAllowed({ headers: { origin: 'https://app.torchbridge.example' } }, allow)).toBe(true);
    expect(originAllowed({ headers: { origin: 'http://localhost:3000', host: 'localhost:3000' } }, allow)).toBe(true);
  });

  it('refuses other browsers’ origins, including look-alikes', () => {
    expect(originAllowed({ headers: { origin: 'https://evil.example', host: 'localhost:3000' } }, allow)).toBe(false);
    expect(originAllowed({ headers: { origin: 'https://app.torchbridge.example.evil.example' } }, allow)).toBe(false);
    expect(originAllowed({ headers: { origin: 'null', host: 'localhost:3000' } }, allow)).toBe(false);
  });

  it('lets non-browser clients through to authentication', () => {
    expect(originAllowed({ headers: {} }, allow)).toBe(true);
  });
});
