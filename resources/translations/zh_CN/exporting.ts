<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BriefChoices</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>美式信纸（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>概览(&amp;U)</translation>
    </message>
    <message>
        <source>Roles an&amp;d offers</source>
        <translation>职位与录用方案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Checklist exceptions</source>
        <translation>清单异常事项(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Top risks</source>
        <translation>主要风险(&amp;T)</translation>
    </message>
    <message>
        <source>Pol&amp;icy watch</source>
        <translation>政策跟踪(&amp;I)</translation>
    </message>
    <message>
        <source>Chan&amp;ges since the approved version</source>
        <translation>自批准版本以来的变更(&amp;G)</translation>
    </message>
    <message>
        <source>Appendix: assu&amp;mptions and glossary</source>
        <translation>附录：假设数据与术语表(&amp;M)</translation>
    </message>
    <message>
        <source>Appe&amp;ndix: the full checklist</source>
        <translation>附录：完整工作清单(&amp;N)</translation>
    </message>
    <message>
        <source>Appendix: every offer in every mar&amp;ket</source>
        <translation>附录：各录用方案在各市场的对标(&amp;K)</translation>
    </message>
    <message>
        <source>Appendix: risk register and ever&amp;y flag</source>
        <translation>附录：风险登记册与全部风险提示(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Full detail: every item, every offer in every market and every flag</source>
        <translation>完整明细(&amp;F)：所有事项、各录用方案在各市场的对标及全部风险提示</translation>
    </message>
    <message>
        <source>&amp;Hide offer amounts (show where each offer sits in its market instead)</source>
        <translation>隐藏录用金额(&amp;H)（改为显示各录用方案在市场中的分位区间）</translation>
    </message>
    <message>
        <source>Name candidates by role and letter and show each offer by its market band (for example P50–P75) instead of amounts, for readers who should not see individual pay.</source>
        <translation>以“职位＋字母”称呼候选人，并以市场分位区间（如 P50–P75）代替金额展示每份录用方案，供不应看到个人薪酬的读者阅读。</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>包含章节：</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>纸张大小(&amp;Z)：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;PDF brief for leadership</source>
        <translation>给管理层的 PDF 简报(&amp;P)</translation>
    </message>
    <message>
        <source>Where to save the PDF brief</source>
        <translation>PDF 简报的保存位置</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook for finance</source>
        <translation>给财务的 Excel 工作簿(&amp;X)</translation>
    </message>
    <message>
        <source>Where to save the Excel workbook</source>
        <translation>Excel 工作簿的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>The language the brief and the workbook are written in; the window keeps its own.</source>
        <translation>简报和工作簿所用的语言；窗口界面语言保持不变。</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文件语言(&amp;L)：</translation>
    </message>
    <message>
        <source>PDF brief</source>
        <translation>PDF 简报</translation>
    </message>
    <message>
        <source>&amp;Open the files when done</source>
        <translation>完成后打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Pre&amp;view PDF…</source>
        <translation>预览 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export “{title}” for sharing. The files show the plan as it is when you press Export.</source>
        <translation>导出“{title}”以供分享。文件内容为按下“导出”那一刻的计划。</translation>
    </message>
    <message>
        <source>Export this untitled plan for sharing. The files show it as it is when you press Export.</source>
        <translation>导出这份未命名的计划以供分享。文件内容为按下“导出”那一刻的计划。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the PDF brief as</source>
        <translation>PDF 简报另存为</translation>
    </message>
    <message>
        <source>Save the Excel workbook as</source>
        <translation>Excel 工作簿另存为</translation>
    </message>
    <message>
        <source>Choose where to save the PDF brief.</source>
        <translation>请选择 PDF 简报的保存位置。</translation>
    </message>
    <message>
        <source>Choose where to save the Excel workbook.</source>
        <translation>请选择 Excel 工作簿的保存位置。</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <source>Cannot preview yet</source>
        <translation>暂时无法预览</translation>
    </message>
    <message>
        <source>Stopping… the files written so far will be removed.</source>
        <translation>正在停止…已写入的文件将被删除。</translation>
    </message>
    <message>
        <source>The export failed; nothing was saved.</source>
        <translation>导出失败，未保存任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export stopped; nothing was saved.</source>
        <translation>导出已停止，未保存任何文件。</translation>
    </message>
    <message>
        <source>Exported, with notes</source>
        <translation>已导出，请留意以下事项</translation>
    </message>
    <message>
        <source>The files were saved. Please note:</source>
        <translation>文件已保存。请留意：</translation>
    </message>
    <message>
        <source>Note: {notes}</source>
        <translation>提示：{notes}</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>Saved the PDF brief {file}.</source>
        <translation>已保存 PDF 简报 {file}。</translation>
    </message>
    <message>
        <source>Fix the text in the plan and export again, or export now with the boxes in the brief.</source>
        <translation>可以先在计划中修改这些文字再导出，也可以现在导出，简报中这些字符将显示为方框。</translation>
    </message>
    <message>
        <source>Some text will not print</source>
        <translation>部分文字无法印出</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist: {names}. Replace with the new export?</source>
        <translation>
            <numerusform>已有 %n 个同名文件：{names}。要用新导出的文件替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>替换已有文件？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF brief {file} (%n page(s)).</source>
        <translation>
            <numerusform>已保存 PDF 简报 {file}（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the Excel workbook {file}.</source>
        <translation>已保存 Excel 工作簿 {file}。</translation>
    </message>
</context>
<context>
    <name>ExportLabels</name>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Roles and offers</source>
        <translation>职位与录用方案</translation>
    </message>
    <message>
        <source>Checklist exceptions</source>
        <translation>清单异常事项</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <source>Policy watch</source>
        <translation>政策跟踪</translation>
    </message>
    <message>
        <source>Changes since the approved version</source>
        <translation>自批准版本以来的变更</translation>
    </message>
    <message>
        <source>Appendix: assumptions and glossary</source>
        <translation>附录：假设数据与术语表</translation>
    </message>
    <message>
        <source>Appendix: the full checklist</source>
        <translation>附录：完整工作清单</translation>
    </message>
    <message>
        <source>Appendix: every offer in every market</source>
        <translation>附录：各录用方案在各市场的对标</translation>
    </message>
    <message>
        <source>Appendix: risk register and every flag</source>
        <translation>附录：风险登记表与全部风险提示</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>薪酬对标</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景测算</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设数据</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Choose at least one file to export: the PDF brief or the Excel workbook.</source>
        <translation>请至少选择一个要导出的文件：PDF 简报或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The PDF brief and the Excel workbook need two different file names.</source>
        <translation>PDF 简报和 Excel 工作簿需要使用不同的文件名。</translation>
    </message>
    <message>
        <source>Cannot write {file}: it is a folder.</source>
        <translation>无法写入 {file}：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>无法写入 {file}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: you do not have permission to save there.</source>
        <translation>无法写入 {folder}：你没有在此处保存文件的权限。</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
    <message>
        <source>Writing the PDF brief: {section}…</source>
        <translation>正在生成 PDF 简报：{section}…</translation>
    </message>
    <message>
        <source>Laying out the PDF brief: page {page}…</source>
        <translation>正在排版 PDF 简报：第 {page} 页…</translation>
    </message>
    <message>
        <source>Finishing the PDF brief: page {page} of {pages}…</source>
        <translation>正在完成 PDF 简报：第 {page} 页，共 {pages} 页…</translation>
    </message>
    <message>
        <source>Writing the Excel workbook: sheet {sheet}…</source>
        <translation>正在生成 Excel 工作簿：工作表“{sheet}”…</translation>
    </message>
    <message>
        <source>Saving the PDF brief…</source>
        <translation>正在保存 PDF 简报…</translation>
    </message>
    <message>
        <source>Saving the Excel workbook…</source>
        <translation>正在保存 Excel 工作簿…</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>无法写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>正在生成 Excel 工作簿…</translation>
    </message>
    <message>
        <source>Workbook: {warning}</source>
        <translation>工作簿：{warning}</translation>
    </message>
    <message>
        <source>Writing the PDF brief…</source>
        <translation>正在生成 PDF 简报…</translation>
    </message>
    <message>
        <source>PDF: {warning}</source>
        <translation>PDF：{warning}</translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation>正在保存文件…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The export failed unexpectedly ({reason}). Nothing was saved.</source>
        <translation>导出意外失败（{reason}），未保存任何文件。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview of the PDF brief</source>
        <translation>PDF 简报预览</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>简报预览</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The brief could not be shown here, but it can still be saved.</source>
        <translation>简报无法在此显示，但仍可保存。</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose where to keep this PDF</source>
        <translation>选择保存此 PDF 的位置</translation>
    </message>
</context>
</TS>
