// The GeoPackage spatial index that write_vector_layer packs itself, checked by SQLite's own
// rtreecheck() and by GDAL's spatial filter against a brute-force search; features added later
// by another program must still be indexed (the insert trigger is back).
#include <random>
#include <set>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <gtest/gtest.h>

#include "io/vector_layer_writer.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

core::Layer random_layer(core::GeometryKind kind, int count, std::uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> x(400000, 460000), y(4000000, 4060000), step(-800, 800);
  core::Layer layer;
  layer.name = "v";
  layer.crs.definition = "EPSG:4544";
  layer.geometry_kind = kind;
  layer.fields = {{"n", core::FieldType::Integer, 0}};
  for (int i = 0; i < count; ++i) {
    core::Feature f{i, {}, {std::int64_t{i}}};
    if (kind == core::GeometryKind::Point) f.geometry = core::MultiPoint{{x(rng), y(rng)}};
    else {
      core::LineString line{{x(rng), y(rng)}};
      for (int v = 0; v < 4; ++v) line.push_back({line.back().x() + step(rng), line.back().y() + step(rng)});
      f.geometry = core::MultiLineString{line};
    }
    layer.features.push_back(std::move(f));
  }
  return layer;
}

std::string first_value(GDALDataset& dataset, const std::string& sql) {
  OGRLayer* result = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
  EXPECT_NE(result, nullptr) << sql;
  if (!result) return {};
  OGRFeatureUniquePtr row(result->GetNextFeature());
  std::string value = row ? row->GetFieldAsString(0) : "";
  dataset.ReleaseResultSet(result);
  return value;
}

GDALDatasetUniquePtr open(const std::filesystem::path& path, bool update = false) {
  GDALAllRegister();
  return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : 0)));
}

/// Features whose envelope meets the rectangle, by brute force (fid = position + 1).
std::set<GIntBig> brute_force(const core::Layer& layer, double x0, double y0, double x1, double y1) {
  std::set<GIntBig> fids;
  const core::Envelope rect{{x0, y0}, {x1, y1}};
  for (std::size_t i = 0; i < layer.features.size(); ++i)
    if (!std::holds_alternative<std::monostate>(layer.features[i].geometry) &&
        boost::geometry::intersects(core::envelope_of(layer.features[i].geometry), rect))
      fids.insert(static_cast<GIntBig>(i) + 1);
  return fids;
}

std::set<GIntBig> rtree_hits(GDALDataset& dataset, double x0, double y0, double x1, double y1) {
  const auto sql = "SELECT id FROM rtree_v_geom WHERE maxx >= " + std::to_string(x0) + " AND minx <= " + std::to_string(x1) +
                   " AND maxy >= " + std::to_string(y0) + " AND miny <= " + std::to_string(y1);
  OGRLayer* result = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
  std::set<GIntBig> ids;
  EXPECT_NE(result, nullptr) << "the index cannot be queried: " << CPLGetLastErrorMsg();
  if (!result) return ids;
  for (auto& row : *result) ids.insert(row->GetFieldAsInteger64(0));
  dataset.ReleaseResultSet(result);
  return ids;
}

void expect_index_matches(const core::Layer& layer, const std::filesystem::path& path) {
  auto dataset = open(path);
  ASSERT_TRUE(dataset);
  EXPECT_EQ(first_value(*dataset, "SELECT rtreecheck('rtree_v_geom')"), "ok");
  EXPECT_EQ(first_value(*dataset, "PRAGMA integrity_check"), "ok");
  std::size_t with_geometry = 0;
  for (const auto& f : layer.features) with_geometry += !std::holds_alternative<std::monostate>(f.geometry);
  EXPECT_EQ(first_value(*dataset, "SELECT count(*) FROM rtree_v_geom"), std::to_string(with_geometry));
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> x(395000, 465000), y(3995000, 4065000), size(100, 9000);
  for (int q = 0; q < 40; ++q) {
    const double x0 = x(rng), y0 = y(rng), x1 = x0 + size(rng), y1 = y0 + size(rng);
    const auto expected = brute_force(layer, x0, y0, x1, y1);
    const auto got = rtree_hits(*dataset, x0, y0, x1, y1);
    // Stored boxes are floats rounded outwards: never smaller, and at most a metre larger here.
    for (auto fid : expected) EXPECT_TRUE(got.count(fid)) << "query " << q << " misses fid " << fid;
    const auto wider = brute_force(layer, x0 - 1, y0 - 1, x1 + 1, y1 + 1);
    for (auto fid : got) EXPECT_TRUE(wider.count(fid)) << "query " << q << " finds fid " << fid;
  }
}

}  // namespace

TEST(GeoPackageRtree, PackedIndexOfPointsPassesSqliteCheckAndFindsWhatBruteForceFinds) {
  test::TempDir dir;
  auto layer = random_layer(core::GeometryKind::Point, 6000, 1);
  layer.features[17].geometry = std::monostate{};  // no geometry: not indexed, as GDAL's trigger does
  io::write_vector_layer(layer, dir / "v.gpkg", {});
  expect_index_matches(layer, dir / "v.gpkg");
  auto dataset = open(dir / "v.gpkg");
  OGRLayer* v = dataset->GetLayerByName("v");
  EXPECT_TRUE(v->TestCapability(OLCFastSpatialFilter));
  v->SetSpatialFilterRect(430000, 4030000, 431000, 4031000);
  std::set<GIntBig> filtered;
  for (auto& f : *v) filtered.insert(f->GetFID());
  EXPECT_EQ(filtered, brute_force(layer, 430000, 4030000, 431000, 4031000));
}

TEST(GeoPackageRtree, LinesAndSmallLayersAreIndexedToo) {
  test::TempDir dir;
  const auto lines = random_layer(core::GeometryKind::Line, 2500, 2);
  io::write_vector_layer(lines, dir / "v.gpkg", {});
  expect_index_matches(lines, dir / "v.gpkg");
  for (int n : {0, 1, 51, 52}) {  // empty, a lone root leaf, a full root, the first two-level tree
    const auto small = random_layer(core::GeometryKind::Point, n, 3);
    io::write_vector_layer(small, dir / "v.gpkg", {true});
    expect_index_matches(small, dir / "v.gpkg");
  }
}

TEST(GeoPackageRtree, FeaturesAddedLaterByAnotherProgramAreIndexed) {
  test::TempDir dir;
  const auto layer = random_layer(core::GeometryKind::Point, 300, 4);
  io::write_vector_layer(layer, dir / "v.gpkg", {});
  {
    auto dataset = open(dir / "v.gpkg", true);
    OGRLayer* v = dataset->GetLayerByName("v");
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(v->GetLayerDefn()));
    OGRMultiPoint point;
    point.addGeometryDirectly(new OGRPoint(470123, 4070456));  // outside every earlier box
    f->SetGeometry(&point);
    ASSERT_EQ(v->CreateFeature(f.get()), OGRERR_NONE);
  }
  auto dataset = open(dir / "v.gpkg");
  EXPECT_EQ(first_value(*dataset, "SELECT rtreecheck('rtree_v_geom')"), "ok");
  EXPECT_EQ(rtree_hits(*dataset, 470100, 4070400, 470200, 4070500), std::set<GIntBig>{301});
}
