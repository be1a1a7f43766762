<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Totals and comparisons are shown in this currency, converted with the plan&apos;s rates</source>
        <translation>合计与对比均以此币种显示，按计划中的汇率折算</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown market ({id})</source>
        <translation>未知市场（{id}）</translation>
    </message>
    <message>
        <source>Returnees and relocating hires are compared with this market in purchasing-power terms</source>
        <translation>海归和异地调动人才按购买力与此市场对比</translation>
    </message>
    <message>
        <source>An offer whose compa-ratio (offer ÷ market median) is below this raises a high flag; below 1.00 a medium one</source>
        <translation>录用方案的薪酬比率（录用薪酬 ÷ 市场中位数）低于此值时生成高风险提示；低于 1.00 时生成中风险提示</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A policy-watch entry not checked for this long raises a flag</source>
        <translation>政策跟踪条目超过此时长未核查即生成风险提示</translation>
    </message>
    <message>
        <source>Benchmarks and exchange rates older than this are marked stale</source>
        <translation>早于此时长的薪酬对标数据和汇率会标记为过时</translation>
    </message>
    <message>
        <source>Risk score = likelihood × impact, from 1 to 25</source>
        <translation>风险评分 = 可能性 × 影响，范围 1 至 25</translation>
    </message>
    <message>
        <source>When a competing package names no retention grant, assume this share of its yearly total</source>
        <translation>竞争方案未注明挽留授予时，按其年度总额的此比例估算</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>报告币种(&amp;R)：</translation>
    </message>
    <message>
        <source>Reference &amp;market:</source>
        <translation>参照市场(&amp;M)：</translation>
    </message>
    <message>
        <source>High below-market &amp;flag under compa-ratio:</source>
        <translation>薪酬比率低于此值时提示高风险(&amp;F)：</translation>
    </message>
    <message>
        <source>Risk is medi&amp;um from score:</source>
        <translation>中风险起始评分(&amp;U)：</translation>
    </message>
    <message>
        <source>Assumed retention &amp;grant of rivals:</source>
        <translation>竞争对手的估计挽留授予(&amp;G)：</translation>
    </message>
    <message>
        <source>PDF pa&amp;ge size:</source>
        <translation>PDF 纸张大小(&amp;G)：</translation>
    </message>
    <message>
        <source>Policy watch to be checked &amp;every:</source>
        <translation>政策跟踪核查周期(&amp;E)：</translation>
    </message>
    <message>
        <source>Market data &amp;stale after:</source>
        <translation>市场数据过时期限(&amp;S)：</translation>
    </message>
    <message>
        <source>Risk is &amp;high from score:</source>
        <translation>高风险起始评分(&amp;H)：</translation>
    </message>
    <message>
        <source>Risk rules and assumptions</source>
        <translation>风险规则与假设</translation>
    </message>
    <message>
        <source>Saved in the plan file (and in templates made from it). OK applies them as one undo step.</source>
        <translation>保存在计划文件中（也会带入由此计划生成的模板）。点击“确定”后作为一步可撤销的操作生效。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is written</source>
        <translation>多久为未保存的更改写入一次恢复副本</translation>
    </message>
    <message>
        <source>Your name, put in the owner field of new plans</source>
        <translation>您的姓名，会填入新计划的负责人一栏</translation>
    </message>
    <message>
        <source>Recorded on locks, acknowledgements, approvals and template publishes</source>
        <translation>记录在文件锁定、风险确认、审批和模板发布中</translation>
    </message>
    <message>
        <source>How many earlier saves of each plan .hireplan-backups keeps</source>
        <translation>.hireplan-backups 为每个计划保留的历史保存份数</translation>
    </message>
    <message>
        <source>A folder on the team&apos;s shared drive</source>
        <translation>团队共享盘上的文件夹</translation>
    </message>
    <message>
        <source>Takes effect the next time hireplan starts.</source>
        <translation>下次启动 hireplan 时生效。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light or dark window colours, from the next start</source>
        <translation>窗口使用浅色或深色，下次启动时生效</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Backups kept per plan:</source>
        <translation>每个计划保留的备份数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Team template library:</source>
        <translation>团队模板库(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Default &amp;owner of new plans:</source>
        <translation>新计划的默认负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Colo&amp;urs (from the next start):</source>
        <translation>配色(&amp;U)（下次启动时生效）：</translation>
    </message>
    <message>
        <source>Saved for you on this computer; they apply to every plan.</source>
        <translation>仅为您保存在这台电脑上，适用于所有计划。</translation>
    </message>
    <message>
        <source>This &amp;Plan</source>
        <translation>本计划(&amp;P)</translation>
    </message>
    <message>
        <source>This &amp;Computer</source>
        <translation>本机(&amp;C)</translation>
    </message>
    <message>
        <source>The reporting currency must be a three-letter code in capitals, such as USD or CNY.</source>
        <translation>报告币种须为三个大写字母的代码，例如 USD 或 CNY。</translation>
    </message>
    <message>
        <source>A risk must become medium at a lower score than it becomes high.</source>
        <translation>中风险的起始评分必须低于高风险的起始评分。</translation>
    </message>
</context>
</TS>
