#include "luashim_placeholder.h"
