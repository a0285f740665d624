// kbf_teardown.c - the Kbf filter's teardown helpers (see kbf.c).
#include "kbf.h"

VOID KbfDeleteFilter(VOID)
{
    IoDeleteDevice(gKbfFilter);
}

VOID KbfDetach(VOID)
{
    IoDetachDevice(gKbfLower);
    ObDereferenceObject(gKbfTargetFile);
}
