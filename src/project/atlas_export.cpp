#include "project/atlas_export.hpp"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"
#include "layout/page_exporter.hpp"
#include "project/layout_file.hpp"

namespace ruralatlas::project {

namespace {

const char* extension(OutputFormat format) {
  return format == OutputFormat::Pdf ? ".pdf" : format == OutputFormat::Png ? ".png" : ".svg";
}

/// The pages named in `names`, in atlas order; an unknown name is a usage error.
void keep_only(std::vector<AtlasPage>& pages, const std::vector<std::string>& names) {
  for (const auto& name : names) {
    if (std::any_of(pages.begin(), pages.end(), [&](const AtlasPage& p) { return p.name == name; })) continue;
    std::string some;
    for (std::size_t i = 0; i < pages.size() && i < 5; ++i) some += (i ? ", " : "") + pages[i].name;
    core::Diagnostic d;
    d.message = "no atlas page is called '" + name + "'";
    d.hint = "--page takes a page name as printed in its title, e.g. " + some + (pages.size() > 5 ? ", …" : "");
    throw core::Error(core::ErrorKind::Usage, std::move(d));
  }
  std::erase_if(pages, [&](const AtlasPage& p) { return std::find(names.begin(), names.end(), p.name) == names.end(); });
}

/// Each distinct warning once, in order of first appearance.
void collect(const std::vector<std::string>& warnings, std::vector<std::string>& into) {
  for (const auto& w : warnings)
    if (std::find(into.begin(), into.end(), w) == into.end()) into.push_back(w);
}

}  // namespace

std::string page_file_stem(std::size_t number, std::size_t count, const std::string& name) {
  std::string safe;
  for (unsigned char c : name)
    safe += (c < 0x20 || std::string_view("/\\:*?\"<>|").find(static_cast<char>(c)) != std::string_view::npos)
                ? '_'
                : static_cast<char>(c);
  const auto width = std::to_string(count).size();
  return fmt::format("{:0{}}_{}", number, width, safe);
}

AtlasResult export_atlas(const LoadedMap& map, const AtlasSpec& spec, const AtlasRequest& request) {
  const auto layout_file = spec.layout_file.empty() ? map.spec.layout_file : spec.layout_file;
  const auto page_layout = read_layout_file(layout_file);
  const MapLayer* atlas_layer = nullptr;
  std::string names;
  for (const auto& l : map.layers) {
    if (l.layer->name == spec.layer) atlas_layer = &l;
    names += (names.empty() ? "" : ", ") + l.layer->name;
  }
  if (!atlas_layer)
    core::throw_config_error(spec.file.string(), spec.line,
                             "the atlas layer '" + spec.layer + "' is not a layer of the project",
                             "use one of the project's layers: " + names);
  AtlasResult result;
  auto list = list_atlas_pages(*atlas_layer->layer, spec);
  result.warnings = list.warnings;
  auto effective = spec;
  if (!request.only_pages.empty()) {
    keep_only(list.pages, request.only_pages);
    effective.overview = false;
  }
  AtlasPageSource source(map, page_layout, effective, std::move(list.pages), request.progress);
  result.page_count = source.page_count();
  ensure_output_folder(request.out_dir);

  if (request.format == OutputFormat::Pdf && request.one_file) {
    const auto path = request.out_dir / (map.spec.name + ".pdf");
    for (const auto& stats : layout::export_pdf(path, source)) collect(stats.warnings, result.warnings);
    result.files.push_back(path);
    return result;
  }
  for (std::size_t i = 0; i < source.page_count(); ++i) {
    const auto page = source.page(i);
    const auto path = request.out_dir / (page_file_stem(i + 1, source.page_count(), source.page_name(i)) +
                                         extension(request.format));
    layout::PageStats stats;
    switch (request.format) {
      case OutputFormat::Pdf: stats = layout::export_pdf(path, *page.layout, *page.content); break;
      case OutputFormat::Png: stats = layout::export_png(path, *page.layout, *page.content, request.png_dpi); break;
      case OutputFormat::Svg: stats = layout::export_svg(path, *page.layout, *page.content); break;
    }
    collect(stats.warnings, result.warnings);
    result.files.push_back(path);
  }
  return result;
}

}  // namespace ruralatlas::project
