// kbf_teardown.c - the Kbf filter's teardown helpers (see kbf.c).
#include "kbf.h"

VOID KbfDeleteFilter(VOID)
{
    IoDeleteDevice(gKbfFilter); // expect: driver-unload-cleanup-order "'IoDeleteDevice' deletes the device object before 'IoDetachDevice' detaches it"
}

VOID KbfDetach(VOID)
{
    IoDetachDevice(gKbfLower);
    ObDereferenceObject(gKbfTargetFile);
}
