import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { zoneCity, type Language } from '@atolye/shared';
import { dateIn, meetingText, momentText, readerZone, type ZoneWords } from './zoned-time';

/** Session times in words, in the session's zone and the reader's (see zoned-time.ts). */
@Injectable({ providedIn: 'root' })
export class ZonedTime {
  private readonly translate = inject(TranslateService);
  /** The zone of this browser. */
  readonly reader = readerZone();
  private readonly words: ZoneWords = {
    zoneName: (city) => this.translate.instant('time.zoneName', { city }),
    readerTime: (time, city) => this.translate.instant('time.readerTime', { time, city }),
  };

  /** "Istanbul time", "İstanbul saati". */
  zoneName(zone: string, language: Language): string {
    return this.words.zoneName(zoneCity(zone, language));
  }

  meeting(
    meeting: { startsAt: string; endsAt: string },
    zone: string,
    language: Language,
    day: 'full' | 'medium' | 'none' = 'full',
  ): string {
    return meetingText(meeting, zone, this.reader, language, this.words, day);
  }

  moment(instant: string, zone: string, language: Language): string {
    return momentText(instant, zone, this.reader, language, this.words);
  }
}

/**
 * `{{ meeting | meetingTime: zone : language() }}`: the meeting in its zone, and the reader's.
 * The language is an argument so that the pure pipe runs again when it changes.
 */
@Pipe({ name: 'meetingTime' })
export class MeetingTimePipe implements PipeTransform {
  private readonly zoned = inject(ZonedTime);

  transform(
    meeting: { startsAt: string; endsAt: string },
    zone: string,
    language: Language,
    day: 'full' | 'medium' | 'none' = 'full',
  ): string {
    return this.zoned.meeting(meeting, zone, language, day);
  }
}

/** `{{ closesAt | zonedMoment: zone : language() }}`: a moment in the zone, and the reader's. */
@Pipe({ name: 'zonedMoment' })
export class ZonedMomentPipe implements PipeTransform {
  private readonly zoned = inject(ZonedTime);

  transform(instant: string, zone: string, language: Language): string {
    return this.zoned.moment(instant, zone, language);
  }
}

/** `{{ startsAt | zonedDate: zone : language() }}`: the day an instant falls on in the zone. */
@Pipe({ name: 'zonedDate' })
export class ZonedDatePipe implements PipeTransform {
  transform(
    instant: string,
    zone: string,
    language: Language,
    style: 'full' | 'long' | 'medium' | 'short' = 'medium',
  ): string {
    return dateIn(instant, zone, language, style);
  }
}
