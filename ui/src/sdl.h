#pragma once
// SDL, SDL_ttf and SDL_image for the toolkit's sources only (never from a public header).
#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
