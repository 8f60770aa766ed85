# Strict warnings and optional sanitizers, applied per target (never to global flags).
add_library(rightsize_build_flags INTERFACE)
target_compile_options(rightsize_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
if(RIGHTSIZE_WARNINGS_AS_ERRORS)
  target_compile_options(rightsize_build_flags INTERFACE -Werror)
endif()
if(RIGHTSIZE_SANITIZE)
  target_compile_options(rightsize_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                         -fno-sanitize-recover=all)
  target_link_options(rightsize_build_flags INTERFACE -fsanitize=address,undefined)
endif()
