import { loadConfig } from '../config/app-config';
import { MailDispatcher } from './mail-dispatcher.service';
import type { DeliveryOutcome, MailSender } from './mail-sender';
import type { MailRepository } from './mail.repository';

describe(MailDispatcher.name, () => {
  let deliver: jest.Mock<Promise<DeliveryOutcome>, [string, string | undefined]>;
  let dispatcher: MailDispatcher;

  beforeEach(() => {
    jest.useFakeTimers();
    deliver = jest.fn();
    dispatcher = new MailDispatcher(
      loadConfig({}),
      { deliver } as unknown as MailSender,
      {} as MailRepository,
    );
  });
  afterEach(() => {
    dispatcher.onModuleDestroy();
    jest.useRealTimers();
  });

  describe('dispatch, in process', () => {
    it('hands a link’s secret to every attempt until the mail is sent, then forgets it', async () => {
      deliver
        .mockResolvedValueOnce({ outcome: 'retry', inSeconds: 5, error: 'connection refused' })
        .mockResolvedValue({ outcome: 'sent' });
      dispatcher.dispatch([{ id: 'mail-1', secret: 'the-token' }]);
      await jest.advanceTimersByTimeAsync(0);
      expect(deliver).toHaveBeenLastCalledWith('mail-1', 'the-token');
      await jest.advanceTimersByTimeAsync(5_000);
      expect(deliver).toHaveBeenCalledTimes(2);
      expect(deliver).toHaveBeenLastCalledWith('mail-1', 'the-token');

      // Handed over again later (by the sweeper): the secret is no longer held.
      dispatcher.dispatch([{ id: 'mail-1' }]);
      await jest.advanceTimersByTimeAsync(0);
      expect(deliver).toHaveBeenLastCalledWith('mail-1', undefined);
    });

    it('keeps the secret for the sweeper’s hand-over when an attempt could not reach the outbox', async () => {
      deliver.mockRejectedValueOnce(new Error('database unreachable')).mockResolvedValue({ outcome: 'sent' });
      dispatcher.dispatch([{ id: 'mail-2', secret: 'kept-for-later' }]);
      await jest.advanceTimersByTimeAsync(0);
      dispatcher.dispatch([{ id: 'mail-2' }]);
      await jest.advanceTimersByTimeAsync(0);
      expect(deliver).toHaveBeenLastCalledWith('mail-2', 'kept-for-later');
    });
  });
});
