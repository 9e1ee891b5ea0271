import { describe, expect, it } from 'vitest';
import { progressBarThreshold, signatureProgress } from './status';

describe('signature progress', () => {
  it('draws no bar for a campaign that has barely started, so it does not look failed', () => {
    expect(signatureProgress(24, 2500)).toEqual({ share: 24 / 2500, showBar: false });
    expect(signatureProgress(0, 5000)).toEqual({ share: 0, showBar: false });
  });

  it('draws the bar from the threshold on, full once the goal is reached', () => {
    expect(signatureProgress(progressBarThreshold * 1000, 1000)).toEqual({
      share: progressBarThreshold,
      showBar: true,
    });
    expect(signatureProgress(2600, 5000)).toEqual({ share: 0.52, showBar: true });
    expect(signatureProgress(1184, 1000)).toEqual({ share: 1, showBar: true });
  });

  it('has nothing to measure without a goal', () => {
    expect(signatureProgress(30, 0)).toEqual({ share: 0, showBar: false });
  });
});
