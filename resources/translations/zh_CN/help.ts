<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Plan how to attract and keep AI researchers and engineers across Silicon Valley and China&apos;s hubs: a five-step checklist, offers compared across markets, and the risks a plan raises by itself.</source>
        <translation>规划如何在硅谷与国内各中心城市之间吸引并留住 AI 研究员和工程师：五步工作清单、跨市场的录用方案对比，以及计划自动识别的风险。</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>{name} installed no licence text of its own. It is distributed under {licence}. Help › About Qt says how Qt is licensed; the GNU licences are at https://www.gnu.org/licenses/.</source>
        <translation>{name} 安装时未附带许可证全文，它按 {licence} 发布。Qt 的授权方式见“帮助 › 关于 Qt”；GNU 许可证全文见 https://www.gnu.org/licenses/。</translation>
    </message>
    <message>
        <source>see its text</source>
        <translation>见许可证全文</translation>
    </message>
    <message>
        <source>About hireplan</source>
        <translation>关于 hireplan</translation>
    </message>
    <message>
        <source>hireplan {version}</source>
        <translation>hireplan {version}</translation>
    </message>
    <message>
        <source>hireplan is free software under the MIT licence. It ships and runs on the software listed below, each under its own licence.</source>
        <translation>hireplan 是按 MIT 许可证发布的自由软件。它随附或依赖下列软件，各自遵循其许可证。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证全文</translation>
    </message>
    <message>
        <source>Licence &amp;text:</source>
        <translation>许可证全文(&amp;T)：</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>hireplan user guide</source>
        <translation>hireplan 使用指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>目录(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Read how to plan, compare offers and share a plan</source>
        <translation>了解如何制定计划、对比录用方案和共享计划</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>窗口响应的所有按键</translation>
    </message>
    <message>
        <source>&amp;About hireplan</source>
        <translation>关于 hireplan(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Move to the next pane: side list, plan header, screen</source>
        <translation>移到下一个窗格：左侧列表、计划信息栏、当前界面</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>窗口中任意位置</translation>
    </message>
    <message>
        <source>Move to the previous pane</source>
        <translation>移到上一个窗格</translation>
    </message>
    <message>
        <source>Leave the table for the next field (arrows move in it)</source>
        <translation>离开表格，转到下一个字段（表格内用方向键移动）</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>表格中</translation>
    </message>
    <message>
        <source>Leave the table for the previous field</source>
        <translation>离开表格，转到上一个字段</translation>
    </message>
    <message>
        <source>Keep what you typed and type in the next cell of the row</source>
        <translation>保存已输入的内容，转到本行下一格继续输入</translation>
    </message>
    <message>
        <source>While typing in a table cell</source>
        <translation>在表格单元格中输入时</translation>
    </message>
    <message>
        <source>Edit the current cell (or start typing)</source>
        <translation>编辑当前单元格（也可直接输入）</translation>
    </message>
    <message>
        <source>One day later (an empty date starts from today)</source>
        <translation>日期后移一天（空日期从今天算起）</translation>
    </message>
    <message>
        <source>In a date field</source>
        <translation>日期字段中</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>日期前移一天</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <source>Press that button or open that tab</source>
        <translation>按下对应按钮或打开对应标签页</translation>
    </message>
    <message>
        <source>In {name}</source>
        <translation>在“{name}”中</translation>
    </message>
    <message>
        <source>In its list or table</source>
        <translation>在所属列表或表格中</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>“{menu}”菜单</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>适用位置</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Keys or command</source>
        <translation>按键或命令</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
</context>
</TS>
