import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language, NotificationItem } from '@atolye/shared';
import { localise } from '../shared/localise';
import { ZonedTime } from '../shared/zoned-time.pipes';

/** `{{ item | notificationText: language() }}`: a notification in words, in the reader's language. */
@Pipe({ name: 'notificationText' })
export class NotificationTextPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);
  private readonly zoned = inject(ZonedTime);

  transform(item: NotificationItem, language: Language): string {
    const p = item.params;
    const when =
      p.startsAt && p.endsAt && p.timeZone
        ? this.zoned.meeting({ startsAt: p.startsAt, endsAt: p.endsAt }, p.timeZone, language, 'medium')
        : '';
    return this.translate.instant(`notifications.kinds.${item.kind}`, {
      training: localise(p.trainingTitle, language),
      session: p.sessionTitle ?? '',
      topic: p.topic ?? '',
      when,
      count: p.count ?? 0,
      serial: p.serial ?? '',
      reason: p.reason ?? '',
      quiz: localise(p.quizTitle, language),
      closes: p.closesAt && p.timeZone ? this.zoned.moment(p.closesAt, p.timeZone, language) : '',
      months: p.wave ?? 0,
    });
  }
}
