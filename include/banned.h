/*
 * banned: functions aiclause never calls, made compile errors (git's
 * banned.h).  Forced into every translation unit by the Makefile after the
 * system headers that declare them, so a use fails the build with a message
 * that names the function.
 *
 * strcpy/strcat/sprintf/vsprintf overflow silently; strncpy leaves strings
 * unterminated; strtok keeps hidden state (not thread-safe); gets cannot be
 * used safely at all.  Use buf.h, snprintf or memcpy with a known length.
 */
#ifndef AICLAUSE_BANNED_H
#define AICLAUSE_BANNED_H

#include <stdio.h>
#include <string.h>

#define BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef strtok
#define strtok(x, y) BANNED(strtok)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef gets
#define gets(x) BANNED(gets)

#endif
