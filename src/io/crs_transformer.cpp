#include "io/crs_transformer.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <proj.h>

#include "core/error.hpp"

namespace ruralatlas::io {

namespace {

struct ContextDelete {
  void operator()(PJ_CONTEXT* context) const { proj_context_destroy(context); }
};
struct PjDelete {
  void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDelete>;
using PjPtr = std::unique_ptr<PJ, PjDelete>;

/// PROJ prints errors on stderr by default; keep the last one for our message instead.
void collect_log(void* user_data, int level, const char* message) {
  if (level <= PJ_LOG_ERROR && message) *static_cast<std::string*>(user_data) = message;
}

std::string crs_text(const core::Crs& crs) { return crs.definition; }

}  // namespace

struct CrsTransformer::Impl {
  std::string last_log;  // declared before the context, which points at it
  ContextPtr context;
  PjPtr transformation;
  std::vector<double> x, y;
};

CrsTransformer::CrsTransformer(const core::Crs& from, const core::Crs& to) : m_from(from), m_to(to) {
  if (from.definition == to.definition) return;
  auto impl = std::make_unique<Impl>();
  impl->context.reset(proj_context_create());
  if (!impl->context) {
    core::Diagnostic d;
    d.message = "PROJ context cannot be created";
    throw core::Error(core::ErrorKind::Internal, std::move(d));
  }
  proj_log_func(impl->context.get(), &impl->last_log, collect_log);
  PjPtr raw(proj_create_crs_to_crs(impl->context.get(), crs_text(from).c_str(), crs_text(to).c_str(), nullptr));
  if (raw)
    impl->transformation.reset(proj_normalize_for_visualization(impl->context.get(), raw.get()));
  if (!impl->transformation) {
    core::Diagnostic d;
    d.message = "no coordinate transformation from " + from.label() + " to " + to.label() +
                (impl->last_log.empty() ? std::string() : ": " + impl->last_log);
    d.hint = "check the coordinate systems named in the project and layer files";
    throw core::Error(core::ErrorKind::InputData, std::move(d));
  }
  m_impl = std::move(impl);
}

CrsTransformer::~CrsTransformer() = default;
CrsTransformer::CrsTransformer(CrsTransformer&&) noexcept = default;
CrsTransformer& CrsTransformer::operator=(CrsTransformer&&) noexcept = default;

bool CrsTransformer::is_identity() const { return !m_impl; }

std::optional<std::size_t> CrsTransformer::transform(std::span<core::Point> points) {
  if (!m_impl || points.empty()) return std::nullopt;
  auto& x = m_impl->x;
  auto& y = m_impl->y;
  const std::size_t n = points.size();
  x.resize(n);
  y.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    x[i] = points[i].x();
    y[i] = points[i].y();
  }
  proj_errno_reset(m_impl->transformation.get());
  const std::size_t done = proj_trans_generic(m_impl->transformation.get(), PJ_FWD, x.data(), sizeof(double), n,
                                              y.data(), sizeof(double), n, nullptr, 0, 0, nullptr, 0, 0);
  for (std::size_t i = 0; i < n; ++i) {
    // A point PROJ cannot transform comes back as HUGE_VAL.
    if (i >= done || !std::isfinite(x[i]) || !std::isfinite(y[i])) return i;
    points[i] = core::Point{x[i], y[i]};
  }
  return std::nullopt;
}

bool CrsTransformer::transform(core::Geometry& geometry) {
  if (!m_impl) return true;
  auto span_of = [](auto& container) { return std::span<core::Point>(container.data(), container.size()); };
  if (auto* points = std::get_if<core::MultiPoint>(&geometry)) return !transform(span_of(*points));
  if (auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    for (auto& line : *lines)
      if (transform(span_of(line))) return false;
    return true;
  }
  if (auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    for (auto& polygon : *polygons) {
      if (transform(span_of(polygon.outer()))) return false;
      for (auto& inner : polygon.inners())
        if (transform(span_of(inner))) return false;
    }
  }
  return true;
}

std::optional<core::Point> CrsTransformer::transform(const core::Point& point) {
  core::Point copy = point;
  if (transform(std::span<core::Point>(&copy, 1))) return std::nullopt;
  return copy;
}

}  // namespace ruralatlas::io
