#include "FuzzerDriver.h"

#include <pthread.h>
#include <stdio.h>

// compiler-rt's libFuzzer (FuzzerInterface.h).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

struct driver_args {
  int argc;
  char **argv;
  heaplint_fuzz_callback callback;
  int status;
};

static void *run_driver(void *raw) {
  struct driver_args *args = raw;
  args->status = LLVMFuzzerRunDriver(&args->argc, &args->argv, args->callback);
  return NULL;
}

int heaplint_fuzz_main(int argc, char **argv, heaplint_fuzz_callback callback) {
  // Off the main thread also keeps glibc's pthread_getattr_np (which the parser calls once per
  // parse) from re-reading /proc/self/maps, which is slow and not what production does.
  struct driver_args args = {argc, argv, callback, 0};
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, (size_t)64 << 20) != 0 ||
      pthread_create(&thread, &attr, run_driver, &args) != 0) {
    fprintf(stderr, "heaplint fuzz: cannot start the fuzzing thread\n");
    return 2;
  }
  pthread_attr_destroy(&attr);
  pthread_join(thread, NULL);
  return args.status;
}
