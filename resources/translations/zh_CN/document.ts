<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditNames</name>
    <message>
        <source>Change the plan&apos;s title</source>
        <translation>修改计划的标题</translation>
    </message>
    <message>
        <source>Change the plan&apos;s organisation</source>
        <translation>修改计划的所属组织</translation>
    </message>
    <message>
        <source>Change the plan&apos;s owner</source>
        <translation>修改计划的负责人</translation>
    </message>
    <message>
        <source>Change the plan&apos;s start date</source>
        <translation>修改计划的开始日期</translation>
    </message>
    <message>
        <source>Change the plan&apos;s target date</source>
        <translation>修改计划的目标日期</translation>
    </message>
    <message>
        <source>Change the plan&apos;s reporting currency</source>
        <translation>修改计划的报告币种</translation>
    </message>
    <message>
        <source>Change the plan&apos;s notes</source>
        <translation>修改计划的备注</translation>
    </message>
    <message>
        <source>Change whether the plan is example data</source>
        <translation>更改计划是否为示例数据</translation>
    </message>
    <message>
        <source>Record the template version the plan follows</source>
        <translation>记录计划所依据的模板版本</translation>
    </message>
    <message>
        <source>Record the plan&apos;s approval</source>
        <translation>记录计划的审批</translation>
    </message>
    <message>
        <source>Change the plan&apos;s acknowledged flags</source>
        <translation>修改计划中已确认的风险提示</translation>
    </message>
    <message>
        <source>Change the threshold for an offer below the market</source>
        <translation>修改录用薪酬低于市场的判定阈值</translation>
    </message>
    <message>
        <source>Change how often policy entries are checked</source>
        <translation>修改政策跟踪条目的核查频率</translation>
    </message>
    <message>
        <source>Change when market data counts as out of date</source>
        <translation>修改市场数据视为过时的期限</translation>
    </message>
    <message>
        <source>Change the reference market</source>
        <translation>修改参照市场</translation>
    </message>
    <message>
        <source>Change the score from which a risk is medium</source>
        <translation>修改风险评为中等的分值起点</translation>
    </message>
    <message>
        <source>Change the score from which a risk is high</source>
        <translation>修改风险评为高的分值起点</translation>
    </message>
    <message>
        <source>Change the expected retention grant</source>
        <translation>修改预期留任授予比例</translation>
    </message>
    <message>
        <source>Change the step&apos;s title</source>
        <translation>修改步骤的标题</translation>
    </message>
    <message>
        <source>Change the step&apos;s purpose</source>
        <translation>修改步骤的目的</translation>
    </message>
    <message>
        <source>Change the step&apos;s best practices</source>
        <translation>修改步骤的最佳实践</translation>
    </message>
    <message>
        <source>Change the step&apos;s common mistakes</source>
        <translation>修改步骤的常见误区</translation>
    </message>
    <message>
        <source>Change the item&apos;s text</source>
        <translation>修改清单事项的内容</translation>
    </message>
    <message>
        <source>Change the item&apos;s status</source>
        <translation>修改清单事项的状态</translation>
    </message>
    <message>
        <source>Change the item&apos;s owner</source>
        <translation>修改清单事项的负责人</translation>
    </message>
    <message>
        <source>Change the item&apos;s due date</source>
        <translation>修改清单事项的截止日期</translation>
    </message>
    <message>
        <source>Change the item&apos;s priority</source>
        <translation>修改清单事项的优先级</translation>
    </message>
    <message>
        <source>Change the item&apos;s notes</source>
        <translation>修改清单事项的备注</translation>
    </message>
    <message>
        <source>Change the item&apos;s tags</source>
        <translation>修改清单事项的标签</translation>
    </message>
    <message>
        <source>Change the role&apos;s title</source>
        <translation>修改职位的标题</translation>
    </message>
    <message>
        <source>Change the role&apos;s job family</source>
        <translation>修改职位的职族</translation>
    </message>
    <message>
        <source>Change the role&apos;s level</source>
        <translation>修改职位的职级</translation>
    </message>
    <message>
        <source>Change the role&apos;s domain</source>
        <translation>修改职位的领域</translation>
    </message>
    <message>
        <source>Change whether the role is a research role</source>
        <translation>更改职位是否为研究岗位</translation>
    </message>
    <message>
        <source>Change the role&apos;s headcount</source>
        <translation>修改职位的编制人数</translation>
    </message>
    <message>
        <source>Change the role&apos;s market</source>
        <translation>修改职位的市场</translation>
    </message>
    <message>
        <source>Change whether the role&apos;s hire relocates</source>
        <translation>更改职位的新员工是否需要搬迁</translation>
    </message>
    <message>
        <source>Change the role&apos;s growth path</source>
        <translation>修改职位的发展路径</translation>
    </message>
    <message>
        <source>Change the currency of the role&apos;s planned cost</source>
        <translation>修改职位计划成本的币种</translation>
    </message>
    <message>
        <source>Change the role&apos;s planned cost per hire</source>
        <translation>修改职位的每人计划成本</translation>
    </message>
    <message>
        <source>Change the role&apos;s highest planned cost per hire</source>
        <translation>修改职位的每人计划成本上限</translation>
    </message>
    <message>
        <source>Change the role&apos;s notes</source>
        <translation>修改职位的备注</translation>
    </message>
    <message>
        <source>Change the offer&apos;s role</source>
        <translation>修改录用方案的职位</translation>
    </message>
    <message>
        <source>Change the offer&apos;s market</source>
        <translation>修改录用方案的市场</translation>
    </message>
    <message>
        <source>Change the offer&apos;s candidate</source>
        <translation>修改录用方案的候选人</translation>
    </message>
    <message>
        <source>Change the offer&apos;s currency</source>
        <translation>修改录用方案的币种</translation>
    </message>
    <message>
        <source>Change the offer&apos;s base salary</source>
        <translation>修改录用方案的基本工资</translation>
    </message>
    <message>
        <source>Change the offer&apos;s guaranteed extra months</source>
        <translation>修改录用方案的保证额外月薪</translation>
    </message>
    <message>
        <source>Change how the offer&apos;s bonus is expressed</source>
        <translation>修改录用方案奖金的计算方式</translation>
    </message>
    <message>
        <source>Change the offer&apos;s bonus</source>
        <translation>修改录用方案的奖金</translation>
    </message>
    <message>
        <source>Change the offer&apos;s equity grant</source>
        <translation>修改录用方案的股权授予</translation>
    </message>
    <message>
        <source>Change the offer&apos;s vesting years</source>
        <translation>修改录用方案的归属年限</translation>
    </message>
    <message>
        <source>Change the offer&apos;s sign-on bonus</source>
        <translation>修改录用方案的签约奖金</translation>
    </message>
    <message>
        <source>Change the years the offer&apos;s sign-on bonus is spread over</source>
        <translation>修改录用方案签约奖金的分摊年限</translation>
    </message>
    <message>
        <source>Change the offer&apos;s relocation support</source>
        <translation>修改录用方案的搬迁支持</translation>
    </message>
    <message>
        <source>Change the offer&apos;s housing allowance</source>
        <translation>修改录用方案的住房补贴</translation>
    </message>
    <message>
        <source>Change the offer&apos;s living allowance</source>
        <translation>修改录用方案的生活补贴</translation>
    </message>
    <message>
        <source>Change the offer&apos;s research budget</source>
        <translation>修改录用方案的科研经费</translation>
    </message>
    <message>
        <source>Change the offer&apos;s compute budget</source>
        <translation>修改录用方案的算力预算</translation>
    </message>
    <message>
        <source>Change the offer&apos;s compute note</source>
        <translation>修改录用方案的算力说明</translation>
    </message>
    <message>
        <source>Change the offer&apos;s competing package</source>
        <translation>修改录用方案的竞争方案</translation>
    </message>
    <message>
        <source>Change the offer&apos;s notes</source>
        <translation>修改录用方案的备注</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s market</source>
        <translation>修改对标数据的市场</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s job family</source>
        <translation>修改对标数据的职族</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s level</source>
        <translation>修改对标数据的职级</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s currency</source>
        <translation>修改对标数据的币种</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s pay period</source>
        <translation>修改对标数据的计薪周期</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s months per year</source>
        <translation>修改对标数据的每年月数</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s base salary P25</source>
        <translation>修改对标数据的基本工资 P25</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s base salary P50</source>
        <translation>修改对标数据的基本工资 P50</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s base salary P75</source>
        <translation>修改对标数据的基本工资 P75</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s base salary P90</source>
        <translation>修改对标数据的基本工资 P90</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s total P25</source>
        <translation>修改对标数据的总额 P25</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s total P50</source>
        <translation>修改对标数据的总额 P50</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s total P75</source>
        <translation>修改对标数据的总额 P75</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s total P90</source>
        <translation>修改对标数据的总额 P90</translation>
    </message>
    <message>
        <source>Change what the benchmark&apos;s total measures</source>
        <translation>修改对标数据总额的口径</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s source</source>
        <translation>修改对标数据的来源</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s as-of date</source>
        <translation>修改对标数据的数据截止日</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s sample size</source>
        <translation>修改对标数据的样本量</translation>
    </message>
    <message>
        <source>Change whether the benchmark is example data</source>
        <translation>更改对标数据是否为示例数据</translation>
    </message>
    <message>
        <source>Change the benchmark&apos;s notes</source>
        <translation>修改对标数据的备注</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s market</source>
        <translation>修改薪酬带宽的市场</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s job family</source>
        <translation>修改薪酬带宽的职族</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s level</source>
        <translation>修改薪酬带宽的职级</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s currency</source>
        <translation>修改薪酬带宽的币种</translation>
    </message>
    <message>
        <source>Change what the pay band measures</source>
        <translation>修改薪酬带宽的口径</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s months per year</source>
        <translation>修改薪酬带宽的每年月数</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s minimum</source>
        <translation>修改薪酬带宽的下限</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s midpoint</source>
        <translation>修改薪酬带宽的中点</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s maximum</source>
        <translation>修改薪酬带宽的上限</translation>
    </message>
    <message>
        <source>Change the pay band&apos;s notes</source>
        <translation>修改薪酬带宽的备注</translation>
    </message>
    <message>
        <source>Change the market&apos;s name</source>
        <translation>修改市场的名称</translation>
    </message>
    <message>
        <source>Change the market&apos;s country</source>
        <translation>修改市场的国家或地区</translation>
    </message>
    <message>
        <source>Change the market&apos;s currency</source>
        <translation>修改市场的币种</translation>
    </message>
    <message>
        <source>Change the exchange rate&apos;s base currency</source>
        <translation>修改汇率的基准币种</translation>
    </message>
    <message>
        <source>Change the exchange rate&apos;s quote currency</source>
        <translation>修改汇率的报价币种</translation>
    </message>
    <message>
        <source>Change the exchange rate</source>
        <translation>修改汇率</translation>
    </message>
    <message>
        <source>Change the exchange rate&apos;s as-of date</source>
        <translation>修改汇率的数据截止日</translation>
    </message>
    <message>
        <source>Change the exchange rate&apos;s source</source>
        <translation>修改汇率的来源</translation>
    </message>
    <message>
        <source>Change the PPP factor&apos;s currency</source>
        <translation>修改购买力平价系数的币种</translation>
    </message>
    <message>
        <source>Change the PPP factor&apos;s country</source>
        <translation>修改购买力平价系数的国家或地区</translation>
    </message>
    <message>
        <source>Change the PPP factor</source>
        <translation>修改购买力平价系数</translation>
    </message>
    <message>
        <source>Change the PPP factor&apos;s as-of date</source>
        <translation>修改购买力平价系数的数据截止日</translation>
    </message>
    <message>
        <source>Change the PPP factor&apos;s source</source>
        <translation>修改购买力平价系数的来源</translation>
    </message>
    <message>
        <source>Change the risk&apos;s title</source>
        <translation>修改风险的标题</translation>
    </message>
    <message>
        <source>Change the risk&apos;s category</source>
        <translation>修改风险的类别</translation>
    </message>
    <message>
        <source>Change the risk&apos;s likelihood</source>
        <translation>修改风险的可能性</translation>
    </message>
    <message>
        <source>Change the risk&apos;s impact</source>
        <translation>修改风险的影响</translation>
    </message>
    <message>
        <source>Change the risk&apos;s mitigation</source>
        <translation>修改风险的应对措施</translation>
    </message>
    <message>
        <source>Change the risk&apos;s owner</source>
        <translation>修改风险的负责人</translation>
    </message>
    <message>
        <source>Change the risk&apos;s review date</source>
        <translation>修改风险的复核日期</translation>
    </message>
    <message>
        <source>Change the risk&apos;s status</source>
        <translation>修改风险的状态</translation>
    </message>
    <message>
        <source>Change the policy entry&apos;s jurisdiction</source>
        <translation>修改政策跟踪条目的适用地区</translation>
    </message>
    <message>
        <source>Change the policy entry&apos;s topic</source>
        <translation>修改政策跟踪条目的议题</translation>
    </message>
    <message>
        <source>Change the policy entry&apos;s summary</source>
        <translation>修改政策跟踪条目的摘要</translation>
    </message>
    <message>
        <source>Change the policy entry&apos;s owner</source>
        <translation>修改政策跟踪条目的负责人</translation>
    </message>
    <message>
        <source>Change when the policy entry was last checked</source>
        <translation>修改政策跟踪条目的上次核查日期</translation>
    </message>
    <message>
        <source>Change the policy entry&apos;s source</source>
        <translation>修改政策跟踪条目的来源</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>修改计划</translation>
    </message>
    <message>
        <source>Change a plan setting</source>
        <translation>修改计划设置</translation>
    </message>
    <message>
        <source>Change a step</source>
        <translation>修改步骤</translation>
    </message>
    <message>
        <source>Change a checklist item</source>
        <translation>修改清单事项</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>修改职位</translation>
    </message>
    <message>
        <source>Change an offer</source>
        <translation>修改录用方案</translation>
    </message>
    <message>
        <source>Change a benchmark</source>
        <translation>修改对标数据</translation>
    </message>
    <message>
        <source>Change a pay band</source>
        <translation>修改薪酬带宽</translation>
    </message>
    <message>
        <source>Change a market</source>
        <translation>修改市场</translation>
    </message>
    <message>
        <source>Change an exchange rate</source>
        <translation>修改汇率</translation>
    </message>
    <message>
        <source>Change a PPP factor</source>
        <translation>修改购买力平价系数</translation>
    </message>
    <message>
        <source>Change a risk</source>
        <translation>修改风险</translation>
    </message>
    <message>
        <source>Change a policy entry</source>
        <translation>修改政策跟踪条目</translation>
    </message>
    <message numerus="yes">
        <source>Add %n checklist item(s)</source>
        <translation>
            <numerusform>添加 %n 个清单事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n role(s)</source>
        <translation>
            <numerusform>添加 %n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n offer(s)</source>
        <translation>
            <numerusform>添加 %n 个录用方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n benchmark(s)</source>
        <translation>
            <numerusform>添加 %n 条对标数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n pay band(s)</source>
        <translation>
            <numerusform>添加 %n 个薪酬带宽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n market(s)</source>
        <translation>
            <numerusform>添加 %n 个市场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n exchange rate(s)</source>
        <translation>
            <numerusform>添加 %n 个汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n PPP factor(s)</source>
        <translation>
            <numerusform>添加 %n 个购买力平价系数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n risk(s)</source>
        <translation>
            <numerusform>添加 %n 项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n policy entry(ies)</source>
        <translation>
            <numerusform>添加 %n 条政策跟踪条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s)</source>
        <translation>
            <numerusform>添加 %n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n checklist item(s)</source>
        <translation>
            <numerusform>删除 %n 个清单事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role(s)</source>
        <translation>
            <numerusform>删除 %n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n offer(s)</source>
        <translation>
            <numerusform>删除 %n 个录用方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n benchmark(s)</source>
        <translation>
            <numerusform>删除 %n 条对标数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pay band(s)</source>
        <translation>
            <numerusform>删除 %n 个薪酬带宽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n market(s)</source>
        <translation>
            <numerusform>删除 %n 个市场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n exchange rate(s)</source>
        <translation>
            <numerusform>删除 %n 个汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n PPP factor(s)</source>
        <translation>
            <numerusform>删除 %n 个购买力平价系数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)</source>
        <translation>
            <numerusform>删除 %n 项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n policy entry(ies)</source>
        <translation>
            <numerusform>删除 %n 条政策跟踪条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>删除 %n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n checklist item(s)</source>
        <translation>
            <numerusform>复制 %n 个清单事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n role(s)</source>
        <translation>
            <numerusform>复制 %n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n offer(s)</source>
        <translation>
            <numerusform>复制 %n 个录用方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n benchmark(s)</source>
        <translation>
            <numerusform>复制 %n 条对标数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n pay band(s)</source>
        <translation>
            <numerusform>复制 %n 个薪酬带宽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n market(s)</source>
        <translation>
            <numerusform>复制 %n 个市场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n exchange rate(s)</source>
        <translation>
            <numerusform>复制 %n 个汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n PPP factor(s)</source>
        <translation>
            <numerusform>复制 %n 个购买力平价系数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n risk(s)</source>
        <translation>
            <numerusform>复制 %n 项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n policy entry(ies)</source>
        <translation>
            <numerusform>复制 %n 条政策跟踪条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n step(s)</source>
        <translation>
            <numerusform>复制 %n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n checklist item(s)</source>
        <translation>
            <numerusform>修改 %n 个清单事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n role(s)</source>
        <translation>
            <numerusform>修改 %n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n offer(s)</source>
        <translation>
            <numerusform>修改 %n 个录用方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n benchmark(s)</source>
        <translation>
            <numerusform>修改 %n 条对标数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n pay band(s)</source>
        <translation>
            <numerusform>修改 %n 个薪酬带宽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n market(s)</source>
        <translation>
            <numerusform>修改 %n 个市场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n exchange rate(s)</source>
        <translation>
            <numerusform>修改 %n 个汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n PPP factor(s)</source>
        <translation>
            <numerusform>修改 %n 个购买力平价系数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n risk(s)</source>
        <translation>
            <numerusform>修改 %n 项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n policy entry(ies)</source>
        <translation>
            <numerusform>修改 %n 条政策跟踪条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n step(s)</source>
        <translation>
            <numerusform>修改 %n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n checklist item(s)</source>
        <translation>
            <numerusform>修改 %n 个清单事项的状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the owner of %n checklist item(s)</source>
        <translation>
            <numerusform>修改 %n 个清单事项的负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the priority of %n checklist item(s)</source>
        <translation>
            <numerusform>修改 %n 个清单事项的优先级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the due date of %n checklist item(s)</source>
        <translation>
            <numerusform>修改 %n 个清单事项的截止日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record a check of %n policy entry(ies)</source>
        <translation>
            <numerusform>记录 %n 条政策跟踪条目已核查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n checklist item(s)</source>
        <translation>
            <numerusform>移动 %n 个清单事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message numerus="yes">
        <source>Acknowledge %n flag(s)</source>
        <translation>
            <numerusform>确认 %n 条风险提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n acknowledgement(s)</source>
        <translation>
            <numerusform>撤回 %n 条确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Record competing package</source>
        <translation>记录竞争方案</translation>
    </message>
    <message>
        <source>Remove competing package</source>
        <translation>删除竞争方案</translation>
    </message>
    <message>
        <source>Edit competing package</source>
        <translation>修改竞争方案</translation>
    </message>
    <message>
        <source>Change plan setting</source>
        <translation>修改计划设置</translation>
    </message>
    <message>
        <source>Change plan settings</source>
        <translation>修改计划设置</translation>
    </message>
    <message>
        <source>Nothing was pasted; fix these cells and paste again:
{problems}</source>
        <translation>未粘贴任何内容；请修正以下单元格后重新粘贴：
{problems}</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>剪贴板中没有可粘贴的行。</translation>
    </message>
    <message>
        <source>Choose the step to paste the items into.</source>
        <translation>请先选择要粘贴到的步骤。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n checklist item(s)</source>
        <translation>
            <numerusform>粘贴 %n 个清单事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n role(s)</source>
        <translation>
            <numerusform>粘贴 %n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n offer(s)</source>
        <translation>
            <numerusform>粘贴 %n 个录用方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n benchmark(s)</source>
        <translation>
            <numerusform>粘贴 %n 条对标数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n risk(s)</source>
        <translation>
            <numerusform>粘贴 %n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Bonus as % of base</source>
        <translation>奖金按基本工资百分比计</translation>
    </message>
    <message>
        <source>Bonus as yearly amount</source>
        <translation>奖金按年度金额计</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>This plan is read-only, so the change was not made.</source>
        <translation>此计划为只读，修改未生效。</translation>
    </message>
    <message>
        <source>“{file}” is open read-only because you do not have permission to change the file, so this change was not made. To make changes, use File › Save As to save a copy you can edit.</source>
        <translation>“{file}”以只读方式打开，因为您没有修改该文件的权限，所以此修改未生效。如需修改，请用“文件 › 另存为”保存一份可编辑的副本。</translation>
    </message>
</context>
</TS>
