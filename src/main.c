#include <stdio.h>

#include "diag.h"

int main(void)
{
	puts("aiclause " AICLAUSE_VERSION);
	return EXIT_STATUS_OK;
}
