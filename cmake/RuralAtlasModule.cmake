# ra_module(NAME ra_core) builds src/<folder>/*.cpp into a static library whose include
# root is src/, so code includes "core/layer.hpp". Dependencies are declared by the
# folder's CMakeLists with ra_module_link(), which maps to PUBLIC/PRIVATE links.
function(ra_module)
  cmake_parse_arguments(M "" "NAME" "" ${ARGN})
  file(GLOB _sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  file(GLOB _headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.hpp)
  add_library(${M_NAME} STATIC ${_sources} ${_headers})
  target_include_directories(${M_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  set_target_properties(${M_NAME} PROPERTIES LINKER_LANGUAGE CXX)
endfunction()
