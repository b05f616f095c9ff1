<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>ruralatlas::gui::LayerPanel</name>
    <message>
        <source>Layer %1: %2 features from %3</source>
        <translation>图层 %1：%2 个要素，来自 %3</translation>
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
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print the project&apos;s page layout to PDF, as `ruralatlas render` does</source>
        <translation>按项目的版面打印为 PDF，与 `ruralatlas render` 相同</translation>
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
    <message>
        <source>%1 — RuralAtlas</source>
        <translation>%1 — RuralAtlas 乡村图集</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n layer(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
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
        <source>Cannot export PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Wrote %1 at %2</source>
        <translation>已写入 %1，比例尺 %2</translation>
    </message>
</context>
</TS>
