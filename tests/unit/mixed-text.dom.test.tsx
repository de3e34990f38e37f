/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { MixedText } from '../../renderer/src/components/MixedText';

afterEach(cleanup);

it('marks each Japanese run of English text lang="ja", figures written into it included', () => {
  const { container } = render(
    <p>
      <MixedText
        text='The previous year: "前年度: 令和3年度当初予算 (2021)" and 150億円, <b>bold</b>'
        locale="en"
      />
    </p>,
  );
  const runs = [...container.querySelectorAll('[lang="ja"]')].map((span) => span.textContent);
  expect(runs).toEqual(['前年度', '令和3年度当初予算', '150億円']);
  // Everything else stays plain text, and markup in the text is never markup.
  expect(container.textContent).toBe(
    'The previous year: "前年度: 令和3年度当初予算 (2021)" and 150億円, <b>bold</b>',
  );
  expect(container.querySelector('b')).toBeNull();
});

it('leaves Japanese UI text alone', () => {
  const { container } = render(<MixedText text="令和3年度当初予算" locale="ja" />);
  expect(container.querySelector('[lang]')).toBeNull();
  expect(container.textContent).toBe('令和3年度当初予算');
});
