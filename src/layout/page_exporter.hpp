#pragma once
// All page outputs: PDF (vector, one or more pages), PNG and SVG. Each file is written to a
// temporary file in the target folder and renamed into place only when complete.
#include "layout/pdf_exporter.hpp"
#include "layout/png_exporter.hpp"
#include "layout/svg_exporter.hpp"
