<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>JoinedField</name>
    <message>
        <source>joined</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Joined from %1</source>
        <translation>连接自 %1</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RuralAtlas desktop: look at and print project maps</source>
        <translation>RuralAtlas 桌面版：查看并打印项目地图</translation>
    </message>
    <message>
        <source>project file to open (projects/*.yaml)</source>
        <translation>要打开的项目文件（projects/*.yaml）</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::AttributeTablePanel</name>
    <message>
        <source>Filter: rows with a cell containing…</source>
        <translation>筛选：包含以下文字的行…</translation>
    </message>
    <message>
        <source>italic, tinted columns: joined from %1</source>
        <translation>斜体着色列：连接自 %1</translation>
    </message>
    <message>
        <source>%1 of %2 features</source>
        <translation>%1 / %2 个要素</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>正在筛选…</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::CategorizedStylePanel</name>
    <message numerus="yes">
        <source>%1 (%n colour(s))</source>
        <translation>
            <numerusform>%1（%n 种颜色）</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <source>Click a colour to change it</source>
        <translation>单击颜色可更改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <source>Values with their own class</source>
        <translation>单独成类的值个数</translation>
    </message>
    <message>
        <source>The layer has no field to categorize.</source>
        <translation>该图层没有可分类的字段。</translation>
    </message>
    <message>
        <source>The field %1 has no values.</source>
        <translation>字段 %1 没有任何值。</translation>
    </message>
    <message>
        <source>Cannot categorize: %1</source>
        <translation>无法分类：%1</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>其他值</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) drawn as other values.</source>
        <translation>
            <numerusform>另有 %n 个值按“其他值”绘制。</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::CoverageDialog</name>
    <message>
        <source>Coverage</source>
        <translation>覆盖分析</translation>
    </message>
    <message>
        <source>e.g. surface in (&apos;asphalt&apos;, &apos;cement&apos;); empty: every feature</source>
        <translation>例如 surface in (&apos;asphalt&apos;, &apos;cement&apos;)；留空表示全部要素</translation>
    </message>
    <message>
        <source>Features to cover</source>
        <translation>被覆盖要素</translation>
    </message>
    <message>
        <source>Nearest feature of</source>
        <translation>最近要素所在图层</translation>
    </message>
    <message>
        <source>Only where</source>
        <translation>仅限条件</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Choose the layers and the distance, then run.</source>
        <translation>请选择图层和距离，然后运行。</translation>
    </message>
    <message>
        <source>Add the result to the map</source>
        <translation>将结果添加到地图</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消，未添加任何内容。</translation>
    </message>
    <message>
        <source>Coverage could not be measured: %1</source>
        <translation>无法计算覆盖：%1</translation>
    </message>
    <message>
        <source>%1 of %2 within %3 m (%4%); %5 could not be measured.</source>
        <translation>%2 个中 %1 个在 %3 米以内（%4%）；%5 个无法计算。</translation>
    </message>
    <message>
        <source>The map has no line layer to travel over; add the roads first.</source>
        <translation>地图中没有可通行的线图层；请先添加道路。</translation>
    </message>
    <message>
        <source>≤ %1 min</source>
        <translation>≤ %1 分钟</translation>
    </message>
    <message>
        <source>&gt; %1 min</source>
        <translation>&gt; %1 分钟</translation>
    </message>
    <message>
        <source>cannot reach any facility</source>
        <translation>无法到达任何设施</translation>
    </message>
    <message>
        <source>%1 of %2 within %3 min (%4%) of %5 facilities; %6 cannot reach any facility.</source>
        <translation>%2 个中 %1 个在 %5 处设施的 %3 分钟以内（%4%）；%6 个无法到达任何设施。</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::FeatureTableModel</name>
    <message>
        <source>From the layer&apos;s source %1</source>
        <translation>来自图层数据源 %1</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::GraduatedStylePanel</name>
    <message>
        <source>Reverse the ramp</source>
        <translation>反转色带</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <source>The layer has no numeric field to classify.</source>
        <translation>该图层没有可分级的数值字段。</translation>
    </message>
    <message>
        <source>Cannot classify: %1</source>
        <translation>无法分级：%1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::IdentifyPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 · feature %2</source>
        <translation>%1 · 要素 %2</translation>
    </message>
    <message>
        <source>From the layer&apos;s source %1</source>
        <translation>来自图层数据源 %1</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Click a feature on the map with the Identify tool (I) to see its attributes.</source>
        <translation>用识别工具（I）点击地图上的要素以查看其属性。</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::JoinDialog</name>
    <message>
        <source>Join a table to %1</source>
        <translation>将表格连接到 %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>refuse, listing them</source>
        <translation>拒绝并列出</translation>
    </message>
    <message>
        <source>first row wins</source>
        <translation>取第一行</translation>
    </message>
    <message>
        <source>sum numbers</source>
        <translation>数值求和</translation>
    </message>
    <message>
        <source>average numbers</source>
        <translation>数值取平均</translation>
    </message>
    <message>
        <source>first row, and count rows</source>
        <translation>取第一行并计行数</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Table key column</source>
        <translation>表格键列</translation>
    </message>
    <message>
        <source>Layer key column</source>
        <translation>图层键列</translation>
    </message>
    <message>
        <source>Duplicate keys in the table</source>
        <translation>表格中的重复键</translation>
    </message>
    <message>
        <source>Preview the join</source>
        <translation>预览连接</translation>
    </message>
    <message>
        <source>Choose a table, then preview the join.</source>
        <translation>请选择表格，然后预览连接。</translation>
    </message>
    <message>
        <source>Apply the join</source>
        <translation>应用连接</translation>
    </message>
    <message>
        <source>Indicator table</source>
        <translation>指标表</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods)</source>
        <translation>表格 (*.csv *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Choose the key columns, then preview the join.</source>
        <translation>请选择键列，然后预览连接。</translation>
    </message>
    <message>
        <source>This table cannot be read.</source>
        <translation>无法读取此表格。</translation>
    </message>
    <message>
        <source>Reading the table and joining…</source>
        <translation>正在读取表格并连接…</translation>
    </message>
    <message>
        <source>The join could not be made.</source>
        <translation>无法完成连接。</translation>
    </message>
    <message>
        <source>No feature matched: the layer&apos;s %1 and the table&apos;s %2 share no value. Check the key columns.</source>
        <translation>没有要素匹配：图层的 %1 与表格的 %2 没有相同的值。请检查键列。</translation>
    </message>
    <message>
        <source>%1 of %2 features matched (%3%).</source>
        <translation>%2 个要素中 %1 个匹配（%3%）。</translation>
    </message>
    <message>
        <source>Cannot apply: %1. Choose how duplicate keys combine.</source>
        <translation>无法应用：%1。请选择重复键的合并方式。</translation>
    </message>
    <message>
        <source>Duplicate keys in the table: %1</source>
        <translation>表格中的重复键：%1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>Features without a table row: %1</source>
        <translation>无对应表格行的要素：%1</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message>
        <source>Table rows without a feature: %1</source>
        <translation>无对应要素的表格行：%1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Values that are not numbers in numeric columns: %1</source>
        <translation>数值列中的非数值：%1</translation>
    </message>
    <message>
        <source>row %1, %2: &apos;%3&apos;</source>
        <translation>第 %1 行，%2：“%3”</translation>
    </message>
    <message>
        <source>Table rows with a blank key: %1</source>
        <translation>键为空的表格行：%1</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::LabelSettingsPanel</name>
    <message>
        <source>Only between 1:%1 and 1:%2, as the layer&apos;s style says</source>
        <translation>仅在 1:%1 至 1:%2 之间显示（沿用图层样式）</translation>
    </message>
    <message>
        <source>Only from 1:%1 in, as the layer&apos;s style says</source>
        <translation>仅在放大到 1:%1 及以上时显示（沿用图层样式）</translation>
    </message>
    <message>
        <source>Only up to 1:%1 out, as the layer&apos;s style says</source>
        <translation>仅在缩小到 1:%1 及以下时显示（沿用图层样式）</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Text colour…</source>
        <translation>文字颜色…</translation>
    </message>
    <message>
        <source>Halo</source>
        <translation>晕圈</translation>
    </message>
    <message>
        <source>Halo colour…</source>
        <translation>晕圈颜色…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>标注颜色</translation>
    </message>
    <message>
        <source>Halo colour</source>
        <translation>晕圈颜色</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::LayerPanel</name>
    <message>
        <source>Layer %1: %2 features from %3</source>
        <translation>图层 %1：%2 个要素，来自 %3</translation>
    </message>
    <message>
        <source>&amp;Zoom to layer</source>
        <translation>缩放到图层(&amp;Z)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Join a table…</source>
        <translation>连接表格(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::LayoutPanel</name>
    <message>
        <source>Page layout</source>
        <translation>页面版式</translation>
    </message>
    <message>
        <source>empty: the day it is printed</source>
        <translation>留空表示打印当天的日期</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>数据来源说明</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Use for the map</source>
        <translation>用于地图</translation>
    </message>
    <message>
        <source>Export map and Export atlas then print this template and these texts</source>
        <translation>之后“导出地图”和“导出图集”将使用此模板和这些文字</translation>
    </message>
    <message>
        <source>The page could not be drawn: %1</source>
        <translation>无法绘制页面：%1</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>第 %1 页，共 %2 页：%3</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image, 150 dpi (*.png)</source>
        <translation>PNG 图片，150 dpi (*.png)</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the page</source>
        <translation>导出页面</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::MainWindow</name>
    <message>
        <source>RuralAtlas</source>
        <translation>RuralAtlas 乡村图集</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Drawing the map failed: %1</source>
        <translation>地图绘制失败：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Open a project file (File &gt; Open project…)</source>
        <translation>请打开一个项目文件（文件 &gt; 打开项目…）</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Project files (*.yaml *.yml)</source>
        <translation>项目文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>The project %1 could not be opened.</source>
        <translation>项目 %1 无法打开。</translation>
    </message>
    <message>
        <source>No longitude/latitude for this map: %1</source>
        <translation>此地图无法换算经纬度：%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n layer(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Wrote %1 at %2</source>
        <translation>已写入 %1，比例尺 %2</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Print the page layout to PDF with the map as shown here (hidden layers left out); with every layer shown and none moved, added or removed, the PDF equals `ruralatlas render`&apos;s</source>
        <translation>按此处显示的地图将版面打印为 PDF（隐藏的图层不打印）；所有图层均显示且未移动、添加或移除时，PDF 与 `ruralatlas render` 的输出相同</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <source>Add vector files or layer files on top of the map (or drop them on the window)</source>
        <translation>在地图顶部添加矢量文件或图层文件（也可拖放到窗口）</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>Drag to move the map</source>
        <translation>拖动以移动地图</translation>
    </message>
    <message>
        <source>Zoom to &amp;box</source>
        <translation>拉框缩放(&amp;B)</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it (or Shift+drag with any tool)</source>
        <translation>拖出矩形框进行缩放（任何工具下也可按住 Shift 拖动）</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>识别(&amp;I)</translation>
    </message>
    <message>
        <source>Click a feature to see its attributes and select it</source>
        <translation>点击要素以查看属性并选中</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <source>Vector and layer files (*.shp *.gpkg *.geojson *.json *.kml *.gml *.yaml *.yml);;All files (*)</source>
        <translation>矢量与图层文件 (*.shp *.gpkg *.geojson *.json *.kml *.gml *.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Still reading the layers added before; add these once it is done</source>
        <translation>仍在读取之前添加的图层，完成后再添加这些</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n layer file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个图层文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s)</source>
        <translation>
            <numerusform>已添加 %n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add layer</source>
        <translation>无法添加图层</translation>
    </message>
    <message>
        <source>Joined %1: %2 of %3 features matched</source>
        <translation>已连接 %1：%3 个要素中 %2 个匹配</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Coverage…</source>
        <translation>覆盖分析(&amp;C)…</translation>
    </message>
    <message>
        <source>Which villages lie within a distance of a road, water main, power line or clinic</source>
        <translation>哪些村庄位于道路、供水主管、电力线或卫生室的一定距离之内</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>PNG image, 150 dpi (*.png)</source>
        <translation>PNG 图片，150 dpi (*.png)</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation>无法导出地图</translation>
    </message>
    <message>
        <source>The map %1 could not be written.</source>
        <translation>无法写入地图文件 %1。</translation>
    </message>
    <message>
        <source>Atlas: page %1 of %2…</source>
        <translation>图集：第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Export &amp;atlas…</source>
        <translation>导出图集(&amp;A)…</translation>
    </message>
    <message>
        <source>Print one page per feature of the project&apos;s atlas layer into one PDF, as `ruralatlas atlas` does</source>
        <translation>按项目图集图层的每个要素打印一页，合成一个 PDF，与 `ruralatlas atlas` 相同</translation>
    </message>
    <message>
        <source>&amp;Cancel the atlas</source>
        <translation>取消图集(&amp;C)</translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>导出图集</translation>
    </message>
    <message>
        <source>Atlas: starting %1…</source>
        <translation>图集：开始生成 %1…</translation>
    </message>
    <message>
        <source>Atlas cancelled; nothing was written</source>
        <translation>图集已取消，未写入任何文件</translation>
    </message>
    <message>
        <source>Atlas failed</source>
        <translation>图集生成失败</translation>
    </message>
    <message>
        <source>Cannot print the atlas</source>
        <translation>无法打印图集</translation>
    </message>
    <message>
        <source>The atlas %1 could not be written.</source>
        <translation>无法写入图集 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Siting…</source>
        <translation>选址(&amp;S)…</translation>
    </message>
    <message>
        <source>Where the next clinics, workshops or water stations go, with the optimality gap stated</source>
        <translation>下一批诊所、就业车间或供水站建在哪里，并给出最优性差距</translation>
    </message>
    <message>
        <source>Page &amp;layout…</source>
        <translation>页面版式(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the page template, edit the title and texts, preview the page(s) and export them</source>
        <translation>选择页面模板，编辑标题和文字，预览并导出页面</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>页面：%1</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save the map as shown (layer order, visibility, joins, styles) to the project file</source>
        <translation>将当前显示的地图（图层顺序、可见性、连接、样式）保存到项目文件</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>The project %1 no longer exists.</source>
        <translation>项目 %1 已不存在。</translation>
    </message>
    <message>
        <source>It was removed from the recent projects.</source>
        <translation>已将其从最近的项目中移除。</translation>
    </message>
    <message>
        <source>Cannot start the project</source>
        <translation>无法新建项目</translation>
    </message>
    <message>
        <source>The map CRS %1 cannot be used.</source>
        <translation>无法使用地图坐标系 %1。</translation>
    </message>
    <message>
        <source>New project: add layers (File &gt; Add layer…), then save it</source>
        <translation>新项目：请添加图层（文件 &gt; 添加图层…），然后保存</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>The project could not be saved in the folder %1. Nothing on disk was changed.</source>
        <translation>无法将项目保存到文件夹 %1。磁盘上的文件均未改动。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Some layers were not saved</source>
        <translation>部分图层未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n analysis result(s) exist only in this window and were not saved in the project.</source>
        <translation>
            <numerusform>%n 个分析结果仅存在于本窗口中，未保存到项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the analysis again after opening the project, or export the map to keep them on paper.</source>
        <translation>打开项目后请重新运行分析，或导出地图以保留其成图。</translation>
    </message>
    <message>
        <source>%1[*] — RuralAtlas</source>
        <translation>%1[*] — RuralAtlas 乡村图集</translation>
    </message>
    <message>
        <source>Add &amp;PostGIS layer…</source>
        <translation>添加 PostGIS 图层(&amp;P)…</translation>
    </message>
    <message>
        <source>Add tables of a PostGIS database on top of the map</source>
        <translation>将 PostGIS 数据库中的表添加到地图最上层</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n table(s) from %1…</source>
        <translation>
            <numerusform>正在从 %1 读取 %n 个表…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) could not be added.</source>
        <translation>
            <numerusform>%n 个图层无法添加。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>新地图</translation>
    </message>
    <message>
        <source>A projected CRS in metres, e.g. EPSG:4544 (CGCS2000 3-degree Gauss-Kruger CM 105E)</source>
        <translation>以米为单位的投影坐标系，例如 EPSG:4544（CGCS2000 3 度带高斯-克吕格，中央经线 105°E）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Map &amp;CRS:</source>
        <translation>地图坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>Page &amp;layout:</source>
        <translation>页面版式(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::PostgisLayerDialog</name>
    <message>
        <source>Add PostGIS layer</source>
        <translation>添加 PostGIS 图层</translation>
    </message>
    <message>
        <source>or PG:host=… port=… dbname=… user=…</source>
        <translation>或 PG:host=… port=… dbname=… user=…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The password is used to read the tables and is not written into saved projects: to open them later, give it as PGPASSWORD or in ~/.pgpass.</source>
        <translation>密码仅用于读取数据表，不会写入保存的项目：以后要打开这些项目，请通过 PGPASSWORD 环境变量或 ~/.pgpass 提供密码。</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>添加到地图</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>连接字符串</translation>
    </message>
    <message>
        <source>Spatial tables (tick those to add)</source>
        <translation>空间表（勾选要添加的表）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cannot connect to the PostGIS server %1: %2</source>
        <translation>无法连接 PostGIS 服务器 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no spatial tables.</source>
        <translation>%1 中没有空间表。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n spatial table(s). The password is not written into saved projects: give it as PGPASSWORD or in ~/.pgpass to open them later.</source>
        <translation>
            <numerusform>%1：%n 个空间表。密码不会写入保存的项目：以后要打开这些项目，请通过 PGPASSWORD 环境变量或 ~/.pgpass 提供密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::ProjectSession</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved.</source>
        <translation>项目 %1 有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>继续之前是否保存？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::SitingDialog</name>
    <message>
        <source>Siting</source>
        <translation>选址分析</translation>
    </message>
    <message>
        <source>e.g. county = &apos;会宁县&apos;; empty: every feature</source>
        <translation>例如 county = &apos;会宁县&apos;；留空表示全部要素</translation>
    </message>
    <message>
        <source>Every demand point</source>
        <translation>每个需求点</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. level &lt;&gt; &apos;village_clinic&apos;; empty: every feature</source>
        <translation>例如 level &lt;&gt; &apos;village_clinic&apos;；留空表示全部要素</translation>
    </message>
    <message>
        <source>Set covering: the fewest sites covering a share of the demand</source>
        <translation>集合覆盖：以最少设施覆盖一定比例的需求</translation>
    </message>
    <message>
        <source>Heuristic (greedy + swap, with a proven bound)</source>
        <translation>启发式（贪心 + 交换，附证明界）</translation>
    </message>
    <message>
        <source>Exact (GLPK, 60 s per solve)</source>
        <translation>精确解（GLPK，每次求解 60 秒）</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Only demand where</source>
        <translation>仅限需求条件</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>候选地点</translation>
    </message>
    <message>
        <source>Only candidates where</source>
        <translation>仅限候选条件</translation>
    </message>
    <message>
        <source>Existing facilities (stay open)</source>
        <translation>现有设施（保留）</translation>
    </message>
    <message>
        <source>Only existing where</source>
        <translation>仅限现有设施条件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>New sites (k)</source>
        <translation>新建数量 (k)</translation>
    </message>
    <message>
        <source>Share to cover</source>
        <translation>覆盖比例</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <source>Candidates must be within</source>
        <translation>候选地点须位于</translation>
    </message>
    <message>
        <source>Add a constraint</source>
        <translation>添加约束</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Choose the demand, the candidates and the problem, then run.</source>
        <translation>请选择需求、候选地点和问题类型，然后运行。</translation>
    </message>
    <message>
        <source>Add the sites and allocations to the map</source>
        <translation>将选址和分配线添加到地图</translation>
    </message>
    <message>
        <source>of a feature where, e.g. hardened = 1; empty: any</source>
        <translation>以内的要素条件，例如 hardened = 1；留空表示任意要素</translation>
    </message>
    <message>
        <source>The demand layer has no numeric field to weigh it by.</source>
        <translation>需求图层没有可作为权重的数值字段。</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消，未添加任何内容。</translation>
    </message>
    <message>
        <source>Siting could not be solved: %1</source>
        <translation>无法求解选址：%1</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>候选地点：%1</translation>
    </message>
    <message>
        <source>%1 new sites: mean distance %2 m per %3 (objective %4), best bound %5 m, gap %6%.</source>
        <translation>新建 %1 处：每单位 %3 平均距离 %2 米（目标值 %4），最优界 %5 米，差距 %6%。</translation>
    </message>
    <message>
        <source>%1 new sites: longest distance %2 m, best bound %3 m, gap %4%.</source>
        <translation>新建 %1 处：最远距离 %2 米，最优界 %3 米，差距 %4%。</translation>
    </message>
    <message>
        <source>%1 new sites cover %2 of %3 %4 (%5%), best bound %6, gap %7%; the existing facilities alone cover %8.</source>
        <translation>新建 %1 处覆盖 %3 %4 中的 %2（%5%），最优界 %6，差距 %7%；仅现有设施覆盖 %8。</translation>
    </message>
    <message>
        <source>Proven optimal (%1).</source>
        <translation>已证明最优（%1）。</translation>
    </message>
    <message>
        <source>Time limit reached; the best found (%1).</source>
        <translation>已达时间上限；为目前找到的最好解（%1）。</translation>
    </message>
    <message>
        <source>Not proven optimal (%1); the gap says how far from it at most.</source>
        <translation>未证明最优（%1）；差距表示距最优解至多有多远。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Chosen sites</source>
        <translation>选址结果</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>分配线</translation>
    </message>
    <message>
        <source>Served by a new site</source>
        <translation>由新建设施覆盖</translation>
    </message>
    <message>
        <source>Served by an existing facility</source>
        <translation>由现有设施覆盖</translation>
    </message>
    <message>
        <source>Maximal covering: the most demand within reach</source>
        <translation>最大覆盖：可达范围内的需求最多</translation>
    </message>
    <message>
        <source>p-median: the least weighted distance or travel time</source>
        <translation>p-中值：加权距离或通行时间最小</translation>
    </message>
    <message>
        <source>p-center: the shortest longest distance or trip</source>
        <translation>p-中心：最远距离或最长行程最短</translation>
    </message>
    <message>
        <source>The map has no line layer to travel over; add the roads first.</source>
        <translation>地图中没有可通行的线图层；请先添加道路。</translation>
    </message>
    <message>
        <source>%1 new sites: mean travel time %2 min per %3 (objective %4), best bound %5 min, gap %6%.</source>
        <translation>新建 %1 处：每单位 %3 平均通行时间 %2 分钟（目标值 %4），最优界 %5 分钟，差距 %6%。</translation>
    </message>
    <message>
        <source>%1 new sites: longest trip %2 min, best bound %3 min, gap %4%.</source>
        <translation>新建 %1 处：最长行程 %2 分钟，最优界 %3 分钟，差距 %4%。</translation>
    </message>
    <message>
        <source>Still beyond reach (to the nearest site)</source>
        <translation>仍不可达（至最近设施）</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::StyleDialog</name>
    <message>
        <source>Style of %1</source>
        <translation>%1 的样式</translation>
    </message>
    <message>
        <source>Graduated colour (numeric field)</source>
        <translation>分级设色（数值字段）</translation>
    </message>
    <message>
        <source>Categorized (one colour per value)</source>
        <translation>分类设色（每个值一种颜色）</translation>
    </message>
    <message>
        <source>Apply to the map</source>
        <translation>应用到地图</translation>
    </message>
    <message>
        <source>Save style…</source>
        <translation>保存样式…</translation>
    </message>
    <message>
        <source>Renderer</source>
        <translation>渲染方式</translation>
    </message>
    <message>
        <source>Save style</source>
        <translation>保存样式</translation>
    </message>
    <message>
        <source>Style files (*.yaml)</source>
        <translation>样式文件 (*.yaml)</translation>
    </message>
    <message>
        <source>Saved %1; name it as `style:` of the layer in a project to keep it.</source>
        <translation>已保存 %1；在项目中将其设为该图层的 `style:` 即可保留。</translation>
    </message>
    <message>
        <source>Nothing to save: the field does not classify.</source>
        <translation>无可保存内容：该字段无法分级。</translation>
    </message>
</context>
<context>
    <name>ruralatlas::gui::TravelCostFields</name>
    <message>
        <source>Straight-line distance</source>
        <translation>直线距离</translation>
    </message>
    <message>
        <source>Travel time over roads</source>
        <translation>沿道路通行时间</translation>
    </message>
    <message>
        <source>km/h by road class and surface, e.g. networks/speeds.yaml</source>
        <translation>按道路等级和路面的车速（km/h），如 networks/speeds.yaml</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Measure by</source>
        <translation>度量方式</translation>
    </message>
    <message>
        <source>Covered within</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Speed file</source>
        <translation>车速文件</translation>
    </message>
    <message>
        <source>Off-road speed</source>
        <translation>非道路段速度</translation>
    </message>
    <message>
        <source>Speed files (*.yaml *.yml)</source>
        <translation>车速文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>as in the speed file</source>
        <translation>按车速文件</translation>
    </message>
    <message>
        <source>as in the speed file (%1 km/h)</source>
        <translation>按车速文件（%1 km/h）</translation>
    </message>
</context>
</TS>
