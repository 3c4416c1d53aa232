import { Global, Module } from '@nestjs/common';
import { HeapService } from './heap.service';

@Global()
@Module({
  providers: [HeapService],
  exports: [HeapService],
})
export class HeapModule {}
