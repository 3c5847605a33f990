import { describe, expect, test } from 'vitest';
import { richTextToHtml } from '../../cms/siteData/richTextToHtml';
import { toLexical } from '../../seed/lib/toLexical';

describe('richTextToHtml', () => {
  test('writes no style attribute (the site CSP forbids inline styles) and keeps text that looks like one', () => {
    const html = richTextToHtml(toLexical([{ type: 'p', text: 'Een zin met style="color:red" erin.' }, { type: 'ul', items: ['een', 'twee'] }]));
    expect(html).not.toMatch(/<[^>]*\sstyle=/);
    expect(html).toContain('style=&quot;color:red&quot;');
    expect(html).toMatch(/<li[^>]*>een<\/li>/);
  });
});
