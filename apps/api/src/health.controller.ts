import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { Public } from '@bridgeway/api-common';

/** Liveness and database reachability, for load balancers and `npm start` users. */
@Controller('health')
export class HealthController {
  constructor(private readonly em: EntityManager) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    try {
      await this.em.fork().getConnection().execute('select 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'degraded', database: 'down' });
    }
  }
}
