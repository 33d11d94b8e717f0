// The one-pass filter before the token patterns must let through every text a pattern matches.
import { describe, expect, it } from 'vitest';
import { mayHoldToken, TOKEN_PATTERNS } from '../../src/engine/rules/powerplatform/shared/secrets.js';

const samples: Record<string, string> = {
  'a private key': '-----BEGIN OPENSSH PRIVATE KEY-----',
  'an AWS access key ID': 'AKIAABCDEFGHIJKLMNOP',
  'a GitHub token': `gho_${'a1'.repeat(18)}`,
  'an OpenAI or Anthropic API key': `sk-proj-${'x'.repeat(32)}`,
  'a Slack token': 'xoxp-1234567890',
  'a Google API key': `AIza${'b'.repeat(35)}`,
  'an Azure storage account key': `AccountKey=${'K'.repeat(80)}==`,
  'a bearer token': `Bearer eyJ${'h'.repeat(10)}.${'p'.repeat(10)}.${'s'.repeat(10)}`,
};

describe('token patterns', () => {
  it('have a sample each, which the filter lets through, inside any text', () => {
    expect(Object.keys(samples).sort()).toEqual(TOKEN_PATTERNS.map(([label]) => label).sort());
    for (const [label, re] of TOKEN_PATTERNS) {
      const text = `{\n  "description": "x ${samples[label]} y"\n}`;
      expect(re.test(text), label).toBe(true);
      expect(mayHoldToken(text), label).toBe(true);
    }
  });

  it('let the filter skip text without any of their fixed parts', () => {
    expect(mayHoldToken('{ "swagger": "2.0", "info": { "title": "Contoso", "description": "Orders, tasks and desks" } }')).toBe(false);
  });
});
