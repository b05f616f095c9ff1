#pragma once
// The thread pool for the window's own background work: loading, rendering, legends, table
// rows, joins, analyses and exports. Not Qt's global pool: the raster paint engine splits large
// fills over QThreadPool::globalInstance() and waits for them on the window's thread, so with a
// national render or legend count running there, painting a table header waited for it (up to
// a second, bench/gui_responsiveness).
class QThreadPool;

namespace ruralatlas::gui {

QThreadPool* background_pool();

}  // namespace ruralatlas::gui
