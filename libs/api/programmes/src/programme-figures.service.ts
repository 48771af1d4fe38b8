import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { getActor } from '@bridgeway/api-tenancy';
import { ProgrammeFiguresType } from './programme-figures.type.js';
import type { ProgrammeFiguresArgs } from './dto/programmes.args.js';

interface Row {
  programmes_active: number;
  meetings_held: number;
  attendances: number;
  named_attendances: number;
  named_participants: number;
  guests: number;
  trainings_held: number;
  training_hours: string;
}

/**
 * The figures come from the SQL function programme_figures (migration
 * Migration20261201224600_programme_figures), their one definition: nothing is counted here.
 */
@Injectable()
export class ProgrammeFiguresService {
  constructor(private readonly em: EntityManager) {}

  async figures({ from, to, departmentId }: ProgrammeFiguresArgs): Promise<ProgrammeFiguresType> {
    const [row] = await this.em.execute<Row[]>(
      'select * from programme_figures(p_tenant_id => :tenantId, p_from => :from::date, p_to => :to::date, p_department_id => :departmentId::uuid)',
      { tenantId: getActor().tenantId, from, to, departmentId: departmentId ?? null },
    );
    return Object.assign(new ProgrammeFiguresType(), {
      programmesActive: row.programmes_active,
      meetingsHeld: row.meetings_held,
      attendances: row.attendances,
      namedAttendances: row.named_attendances,
      namedParticipants: row.named_participants,
      guests: row.guests,
      trainingsHeld: row.trainings_held,
      trainingHours: Number(row.training_hours),
    });
  }
}
